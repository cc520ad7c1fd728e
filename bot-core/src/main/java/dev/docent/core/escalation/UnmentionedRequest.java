package dev.docent.core.escalation;

import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.relevance.Verdict;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A feature request for something the docs never name - a rule, an option, a flag its subject line
 * writes - is not settled by the page retrieval found about the rule or command next to it: that page
 * matches every other word of the request, and without this the request was answered from it as if it
 * existed ("Add an allowNonIndexedObject option to dot-notation" at 0.98 from the `dot-notation` page).
 * The docs may still answer it, so the verdict is at most tentative, and a request goes to the team.
 */
public final class UnmentionedRequest {

    private UnmentionedRequest() {
    }

    /**
     * Whether the names a question uses decide what the asker reads: only for a feature request the
     * docs seem to settle. Any other question is answered or not as its verdict says, and is not sent
     * the search for names.
     */
    public static boolean worthChecking(Verdict verdict, Optional<IntentPrediction> intent) {
        return verdict == Verdict.ANSWER && intent.map(IntentPrediction::intent).filter(IntentPrediction.FEATURE_REQUEST::equals).isPresent();
    }

    /** The verdict, no surer than tentative when the request names what no page mentions. */
    public static Verdict verdict(Verdict verdict, Set<String> unmentionedNames) {
        return verdict == Verdict.ANSWER && !unmentionedNames.isEmpty() ? Verdict.ANSWER_TENTATIVELY : verdict;
    }

    /** What the asker reads beside "the team has your request": the names no page mentions. */
    public static Optional<String> note(Set<String> unmentionedNames) {
        if (unmentionedNames.isEmpty()) {
            return Optional.empty();
        }
        String names = unmentionedNames.stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "));
        return Optional.of("The documentation does not mention " + names + ".");
    }
}
