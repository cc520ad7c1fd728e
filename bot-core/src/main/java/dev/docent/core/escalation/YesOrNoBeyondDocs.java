package dev.docent.core.escalation;

import dev.docent.core.embedding.KnownWords;
import dev.docent.core.relevance.Verdict;
import dev.docent.core.retrieval.SearchQuery;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Does Celery support Kafka?", "Can click read options from a YAML file?", "Is there a Chrome
 * extension for Formwell?": a yes-or-no question about a product, a format or a platform that the docs
 * never name.
 * Docs that support it name it where they say so; retrieval cannot tell, and the page about the
 * question's other words was quoted as the answer ("Since Celery 4.x, Windows is no longer supported"
 * for Kafka, at 0.87). Such a question is not in the docs: the asker reads which names the
 * documentation does not mention, and the closest pages, and may ask for a person.
 *
 * <p>The names are the words the asker capitalises after a sentence's first ("Kafka", "GraphQL",
 * "YAML", "iPhone"); not "I", and not an acronym in parentheses, which restates the words before it
 * ("customer managed encryption keys (BYOK)"). In chat, names are often written in lower case ("does
 * celery support kafka?"): so is a word of five letters or more that the embedding model's vocabulary
 * of common English words does not hold ({@link KnownWords}: "kafka", "graphql", "airtable"; not
 * "browser"). Not a part of an address, a path or a longer name ("forms.ourcompany.com"). A name
 * counts as used in any form that starts as it does ("Europe" where the docs write "European") or one
 * letter away ("suport"). Chat-sized questions only: an issue names the asker's own code and tools,
 * which no page holds.
 */
public final class YesOrNoBeyondDocs {

    /** Shorter words in lower case are as often a mistyped "with" or "teh" as "yaml". */
    private static final int MIN_LOWER_CASE_NAME = 5;
    private static final Pattern ASKS_YES_OR_NO = Pattern.compile(
            "(?:does|do|did|can|could|is|are|will|would|has|have|should|may)\\b", Pattern.CASE_INSENSITIVE);
    /** Not part of a longer name, an address or a path: "forms.ourcompany.com", "@ourcompany.com", "kafka-python". */
    private static final String ALONE_BEFORE = "(?<![\\p{L}\\d_'’@/.-])";
    private static final String ALONE_AFTER = "(?![\\p{L}\\d_'’@/-]|\\.\\w)";
    private static final Pattern NAME = Pattern.compile(ALONE_BEFORE + "(?:\\p{Lu}|\\p{Ll}+\\p{Lu})[\\p{L}\\d+#]*" + ALONE_AFTER);
    /** A word in lower case that may be a name: one the embedding model's vocabulary does not hold whole. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile(ALONE_BEFORE + "\\p{Ll}{" + MIN_LOWER_CASE_NAME + ",}" + ALONE_AFTER);
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.?!:]\\s+)[\"'(]?$");

    private YesOrNoBeyondDocs() {
    }

    /**
     * The names to look for in the docs, which decide the reply: those of a chat-sized yes-or-no
     * question the docs seem to answer; none for any other question, which is not sent the search.
     */
    public static List<String> namesToCheck(Verdict verdict, String question) {
        if (verdict == Verdict.NOT_IN_DOCS || !ASKS_YES_OR_NO.matcher(question.strip()).lookingAt()) {
            return List.of();
        }
        // Only the sentence that asks: a typo in what the asker pasted after it ("... like elinst --reset") is no product.
        List<String> names = names(SearchQuery.askingClause(question));
        return names.isEmpty() || !SearchQuery.of(question).isShort() ? List.of() : names;
    }

    /** The names the question capitalises, then the words in lower case no common English has, each once, as written. */
    static List<String> names(String question) {
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
        Matcher word = LOWER_CASE_WORD.matcher(question);
        while (word.find()) {
            if (!KnownWords.containsOrInflects(word.group())) {
                names.add(word.group());
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
