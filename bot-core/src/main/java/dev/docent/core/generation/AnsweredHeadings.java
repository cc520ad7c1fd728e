package dev.docent.core.generation;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.retrieval.RankedPassage;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A FAQ entry is a section headed by the question it answers ("Can I cancel the execution of a
 * task?"), and its opening is the reply, which rarely repeats the question's words: "Answer: Yes,
 * use `result.revoke()`:". What the entry's opening matches is what its heading asks as well as what
 * it says. A bare yes or no answers only the heading: in "Answer: Yes, you can safely launch a task
 * inside a task.", under "Can I run a task once another task has finished?", the words after the yes
 * restate the entry's question, and matched "How do I log from inside a task?" through "inside a task".
 */
final class AnsweredHeadings {

    /** A reply's opening yes or no, after a label such as "Answer:" or "A:". */
    private static final Pattern YES_OR_NO = Pattern.compile("^(?:\\p{L}{1,10}:\\s*)?(?:yes|no)\\b[,.;:!]", Pattern.CASE_INSENSITIVE);

    private AnsweredHeadings() {
    }

    /** The share of the question's terms that the heading asks, for a passage that opens a FAQ entry; 0 for any other. */
    static double askedByHeading(Set<String> questionTerms, RankedPassage passage) {
        return opensAnEntry(passage)
                ? EnglishTerms.coverage(questionTerms, EnglishTerms.asked(passage.passage().headings().getLast()))
                : 0;
    }

    /** The terms a unit matches by itself: none for the bare yes or no that opens an entry. */
    static Set<String> ownTerms(RankedPassage passage, TextUnit unit) {
        return unit.position() == 0 && opensAnEntry(passage) && YES_OR_NO.matcher(unit.text()).find() ? Set.of() : unit.terms();
    }

    private static boolean opensAnEntry(RankedPassage passage) {
        return passage.startsSection() && !passage.passage().headings().isEmpty()
                && passage.passage().headings().getLast().strip().endsWith("?");
    }
}
