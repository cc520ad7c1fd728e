package dev.docent.core.followup;

import dev.docent.core.index.EnglishTerms;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The follow-up rule for deployments without a model: a question that leans on the thread - it
 * refers back ("it", "that", "those"), opens with "and"/"what about", or has too few content
 * words to be searched alone - is searched together with the thread's latest question. Both
 * retrieval searches cope well with the extra words; a wrong merge costs a little precision,
 * while a missed one costs the answer.
 */
public final class RuleFollowUpRewriter implements FollowUpRewriter {

    private static final Set<String> REFERRING = Set.of("it", "its", "it's", "this", "that", "these", "those", "they",
            "them", "their", "there", "one", "ones", "same", "else", "also", "too", "instead");
    private static final Pattern CONTINUATION = Pattern.compile("^(and|also|but|or|so|what about|how about|and if|what if)\\b.*");
    private static final int MIN_STANDALONE_TERMS = 3;

    @Override
    public String standalone(String question, List<String> threadHistory) {
        String previous = latestQuestion(threadHistory);
        if (previous == null || standsAlone(question)) {
            return question;
        }
        return previous + " " + question;
    }

    static boolean standsAlone(String question) {
        String lower = question.toLowerCase(Locale.ROOT).strip();
        if (CONTINUATION.matcher(lower).matches()) {
            return false;
        }
        for (String word : lower.split("[^\\p{L}\\p{N}']+")) {
            if (REFERRING.contains(word)) {
                return false;
            }
        }
        return EnglishTerms.of(question).size() >= MIN_STANDALONE_TERMS;
    }

    /** The thread's most recent question (a message with a '?'), else its first message. */
    private static String latestQuestion(List<String> history) {
        if (history.isEmpty()) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).contains("?")) {
                return history.get(i).strip();
            }
        }
        return history.getFirst().strip();
    }
}
