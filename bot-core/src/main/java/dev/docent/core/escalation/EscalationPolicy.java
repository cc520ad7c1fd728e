package dev.docent.core.escalation;

import dev.docent.core.answer.Decision;
import dev.docent.core.answer.Reply;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.question.Place;
import dev.docent.core.relevance.Verdict;
import java.util.Optional;

/**
 * Decides, for every question, what the asker reads (an answer, "not in the docs", or "the team has
 * your request") and whether it is sent as is, with the offer of a person, or handed over now.
 */
@FunctionalInterface
public interface EscalationPolicy {

    String NOT_FOUND_REASON = "The documentation has nothing that answers this question.";
    String UNSURE_REASON = "The documentation may not fully answer this question.";

    Decision decide(Place place, Optional<IntentPrediction> intent, Verdict verdict);

    /** Without intents: answer what the docs answer, offer a person for what they may not or do not. */
    static EscalationPolicy offerHumanWhenNotFound() {
        return (place, intent, verdict) -> switch (verdict) {
            case ANSWER -> Decision.answer();
            case ANSWER_TENTATIVELY -> Decision.offerHuman(UNSURE_REASON);
            case NOT_IN_DOCS -> Decision.offerHuman(NOT_FOUND_REASON).withReply(Reply.NOT_IN_DOCS);
        };
    }
}
