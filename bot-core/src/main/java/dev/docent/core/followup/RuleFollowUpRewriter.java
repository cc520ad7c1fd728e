package dev.docent.core.followup;

import dev.docent.core.index.EnglishTerms;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The follow-up rule for deployments without a model: a question that leans on the thread - it
 * opens with "and"/"what about", or it is short and refers back ("it", "that", "those") or has too
 * few content words to be searched alone - is searched together with the thread's latest question.
 * A question with {@value #SELF_CONTAINED_TERMS} content words or more says what it is about and is
 * searched alone, whatever pronouns it uses: real questions ("The password reset link says it's
 * invalid when I click it") are full of them, and searched with the previous question about something
 * else, they were answered from that question's pages. Both retrieval searches cope with a short
 * follow-up's extra words; a wrong merge of a short question costs a little precision, while a
 * missed one costs the answer.
 */
public final class RuleFollowUpRewriter implements FollowUpRewriter {

    /** Not "there" or "one": "is there a way to ...?" and "more than one form" refer to nothing. */
    private static final Set<String> REFERRING = Set.of("it", "its", "it's", "this", "that", "these", "those", "they",
            "them", "their", "same", "else", "also", "too", "instead");
    private static final Pattern CONTINUATION = Pattern.compile("^(and|also|but|or|so|what about|how about|and if|what if)\\b.*");
    private static final int MIN_STANDALONE_TERMS = 3;
    private static final int SELF_CONTAINED_TERMS = 6;

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
        int terms = EnglishTerms.of(question).size();
        if (terms >= SELF_CONTAINED_TERMS) {
            return true;
        }
        for (String word : lower.split("[^\\p{L}\\p{N}']+")) {
            if (REFERRING.contains(word)) {
                return false;
            }
        }
        return terms >= MIN_STANDALONE_TERMS;
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
