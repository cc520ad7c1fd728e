package dev.docent.core.generation;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.retrieval.RankedPassage;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A FAQ entry is a section headed by the question it answers ("Can I cancel the execution of a
 * task?"), and its opening is the reply, which rarely repeats the question's words: "Answer: Yes,
 * use `result.revoke()`:". What the reply matches is what its heading asks as well as what it says;
 * and a bare yes or no answers only the heading: in "Answer: Yes, you can safely launch a task inside
 * a task.", under "Can I run a task once another task has finished?", the words after the yes restate
 * the entry's question, and matched "How do I log from inside a task?" through "inside a task".
 */
final class AnsweredHeadings {

    /** A reply's opening yes or no, after a label such as "Answer:" or "A:". */
    private static final Pattern YES_OR_NO = Pattern.compile("^(?:\\p{L}{1,10}:\\s*)?(?:yes|no)\\b[,.;:!]", Pattern.CASE_INSENSITIVE);

    private AnsweredHeadings() {
    }

    /** The terms through which a unit matches a question: its own, and for an entry's reply, its heading's. */
    static Set<String> termsMatched(RankedPassage passage, TextUnit unit) {
        if (!repliesToItsHeading(passage, unit)) {
            return unit.terms();
        }
        Set<String> asked = EnglishTerms.asked(passage.passage().headings().getLast());
        if (YES_OR_NO.matcher(unit.text()).find()) {
            return asked;
        }
        Set<String> terms = new HashSet<>(unit.terms());
        terms.addAll(asked);
        return terms;
    }

    private static boolean repliesToItsHeading(RankedPassage passage, TextUnit unit) {
        return unit.position() == 0 && passage.startsSection() && !passage.passage().headings().isEmpty()
                && passage.passage().headings().getLast().strip().endsWith("?");
    }
}
