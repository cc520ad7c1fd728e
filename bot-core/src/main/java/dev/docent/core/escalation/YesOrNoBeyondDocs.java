package dev.docent.core.escalation;

import dev.docent.core.relevance.Verdict;
import dev.docent.core.retrieval.SearchQuery;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Does Celery support Kafka?", "Does Flask support GraphQL?", "Is there a Chrome extension for
 * Formwell?": a yes-or-no question about a product, a format or a platform that the docs never name.
 * Docs that support it name it where they say so; retrieval cannot tell, and the page about the
 * question's other words was quoted as the answer ("Since Celery 4.x, Windows is no longer supported"
 * for Kafka, at 0.87). Such a question is not in the docs: the asker reads which names the
 * documentation does not mention, and the closest pages, and may ask for a person.
 *
 * <p>The names are the words the asker capitalises after a sentence's first ("Kafka", "GraphQL",
 * "YAML", "iPhone"); not "I", and not an acronym in parentheses, which restates the words before it
 * ("customer managed encryption keys (BYOK)"). A name counts as used in any form that starts as it
 * does ("Europe" where the docs write "European"). Chat-sized questions only: an issue names the
 * asker's own code and tools, which no page holds.
 */
public final class YesOrNoBeyondDocs {

    private static final Pattern ASKS_YES_OR_NO = Pattern.compile(
            "(?:does|do|did|can|could|is|are|will|would|has|have|should|may)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\d_'’-])(?:\\p{Lu}|\\p{Ll}+\\p{Lu})[\\p{L}\\d+#]*");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.?!:]\\s+)[\"'(]?$");

    private YesOrNoBeyondDocs() {
    }

    /** Whether the names a question uses decide its reply: a chat-sized yes-or-no question the docs seem to answer. */
    public static boolean worthChecking(Verdict verdict, String question) {
        return verdict != Verdict.NOT_IN_DOCS && ASKS_YES_OR_NO.matcher(question.strip()).lookingAt()
                && SearchQuery.of(question).isShort() && !names(question).isEmpty();
    }

    /** The names the question capitalises, each once, as written. */
    public static List<String> names(String question) {
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(question);
        while (name.find()) {
            boolean startsASentence = SENTENCE_START.matcher(question.substring(0, name.start())).find();
            boolean inParentheses = name.start() > 0 && question.charAt(name.start() - 1) == '('
                    && name.end() < question.length() && question.charAt(name.end()) == ')';
            if (!startsASentence && !inParentheses && !name.group().equals("I")) {
                names.add(name.group());
            }
        }
        return List.copyOf(names);
    }

    /** Not in the docs when the question names what no page uses. */
    public static Verdict verdict(Verdict verdict, Set<String> unusedNames) {
        return unusedNames.isEmpty() ? verdict : Verdict.NOT_IN_DOCS;
    }

    /** What the asker reads beside "not in the documentation": the names no page uses. */
    public static Optional<String> note(Set<String> unusedNames) {
        return unusedNames.isEmpty() ? Optional.empty()
                : Optional.of("The documentation does not mention " + String.join(", ", unusedNames) + ".");
    }
}
