package dev.docent.core.followup;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.index.Identifiers;
import dev.docent.core.question.ThreadMessage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The follow-up rule for deployments without a model: a question that leans on the thread - it
 * opens with "and"/"what about", or it is short and refers back ("it", "that", "those") or has too
 * few words to be searched alone - is searched as itself followed by the thread's latest question
 * ("that" opening a clause and "one" before a noun refer to nothing: "How do I check that an
 * exception is raised?" was answered with the thread's question about fixtures, and refused).
 * A question with {@value #SELF_CONTAINED_TERMS} content words or more (question words and pronouns
 * not counted) says what it is about and is searched alone, whatever pronouns it uses: real questions
 * ("The password reset link says it's invalid when I click it") are full of them, and searched with
 * the previous question about something else, they were answered from that question's pages. So is a
 * short one that does not point back and names its subject: a code-like name ("What is
 * pytest.ExitCode?", merged with a question about another class, was answered from that class's
 * section), or a thing asked what it is without "the" or "our" before it ("What is g?", "What are
 * webhooks?"; "what is the limit?" asks about the thread's subject). The
 * follow-up comes first because its words are what is asked ("can I enforce it for everyone?" after a
 * question on setting up SSO was refused with the setup question first and is answered now). Both
 * retrieval searches cope with a short follow-up's extra words; a wrong merge of a short question costs
 * a little precision, while a missed one costs the answer.
 */
public final class RuleFollowUpRewriter implements FollowUpRewriter {

    private static final Set<String> REFERRING = Set.of("it", "its", "it's", "this", "that", "these", "those", "they",
            "them", "their", "there", "one", "ones", "same", "else", "also", "too", "instead");
    /** "Is there a way to ...?" asks whether something exists; it does not point back at a place. */
    private static final Pattern EXISTENTIAL_THERE =
            Pattern.compile("\\b(?:is|are|was|were)\\s+there\\b|\\bthere(?:\\s+(?:is|are|was|were)\\b|'s)");
    /** "Check that an exception is raised": a "that" that opens a clause points at nothing said before. */
    private static final Pattern CLAUSE_THAT = Pattern.compile(
            "\\bthat(?=\\s+(?:a|an|the|my|our|your|their|his|her|i|we|you|he|she|all|every|no|some|each)\\b)");
    private static final Pattern CONTINUATION = Pattern.compile("^(and|also|but|or|so|what about|how about|and if|what if)\\b.*");
    private static final Pattern ASKS_WHAT_A_NAMED_THING_IS = Pattern.compile(
            "^what(?:'s|\\s+(?:is|are|does|do))\\s+(?!(?:the|this|that|these|those|my|our|your|their|its|his|her)\\b)[\\p{L}\\p{N}_.`$-].*");
    /** Pronouns that may stand for a thing the question itself named before them. */
    private static final Set<String> PERSONAL = Set.of("it", "its", "it's", "they", "them", "their");
    /** What opens a noun phrase: "a database", "the file", "my project". */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "our", "your");
    private static final int MIN_STANDALONE_TERMS = 3;
    private static final int SELF_CONTAINED_TERMS = 5;

    @Override
    public String standalone(String question, List<ThreadMessage> threadHistory) {
        String previous = latestQuestion(threadHistory);
        if (previous == null || standsAlone(question)) {
            return question;
        }
        return question + " " + previous;
    }

    static boolean standsAlone(String question) {
        String lower = question.toLowerCase(Locale.ROOT).strip();
        if (CONTINUATION.matcher(lower).matches()) {
            return false;
        }
        String withoutPlainThereAndThat = CLAUSE_THAT.matcher(EXISTENTIAL_THERE.matcher(lower).replaceAll(" ")).replaceAll(" ");
        List<String> words = List.of(withoutPlainThereAndThat.split("[^\\p{L}\\p{N}']+"));
        List<String> ownWords = IntStream.range(0, words.size()).filter(i -> !refersBack(words, i)).mapToObj(words::get).toList();
        if (EnglishTerms.asked(String.join(" ", ownWords)).size() >= SELF_CONTAINED_TERMS) {
            return true;
        }
        boolean pointsBack = ownWords.size() < words.size();
        return !pointsBack && (EnglishTerms.of(question).size() >= MIN_STANDALONE_TERMS || namesItsSubject(question, lower));
    }

    /**
     * Whether a word points back at something said before. "One" before a word of its own is a
     * number ("How do I run only one test?"); at the end or before "on", "for", "of" it stands for a
     * thing named before ("can I change the one on file?"). "Instead of" names both things itself
     * ("When should I use Rc instead of Box?", merged with a question about creating a project, was
     * answered from that one's page); "instead" alone stands for the thread's subject ("can I use a
     * webhook instead?"). A pronoun after a thing the question names stands for that thing.
     */
    private static boolean refersBack(List<String> words, int i) {
        String word = words.get(i);
        boolean next = i + 1 < words.size();
        boolean number = word.equals("one") && next && !REFERRING.contains(words.get(i + 1))
                && !EnglishTerms.of(words.get(i + 1)).isEmpty();
        boolean insteadOf = word.equals("instead") && next && words.get(i + 1).equals("of");
        return REFERRING.contains(word) && !number && !insteadOf && !namedBefore(words, i);
    }

    /**
     * Whether a personal pronoun stands for a thing the question named before it: "How do I back up
     * a database while it is in use?", merged with the question before it, was refused.
     */
    private static boolean namedBefore(List<String> words, int i) {
        return PERSONAL.contains(words.get(i)) && IntStream.range(0, i - 1).anyMatch(j -> DETERMINERS.contains(words.get(j)));
    }

    private static boolean namesItsSubject(String question, String lower) {
        return !Identifiers.names(question).isEmpty() || ASKS_WHAT_A_NAMED_THING_IS.matcher(lower).matches();
    }

    /**
     * The most recent question people asked in the thread (a message with a '?'), else their first
     * message. Docent's replies are not searched with: one that ends "Would you like me to bring in a
     * person?" is no question about the docs.
     */
    private static String latestQuestion(List<ThreadMessage> history) {
        List<String> asked = history.stream().filter(m -> !m.byDocent()).map(ThreadMessage::text).toList();
        if (asked.isEmpty()) {
            return null;
        }
        for (int i = asked.size() - 1; i >= 0; i--) {
            if (asked.get(i).contains("?")) {
                return asked.get(i).strip();
            }
        }
        return asked.getFirst().strip();
    }
}
