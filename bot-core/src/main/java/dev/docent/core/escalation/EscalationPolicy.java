package dev.docent.core.escalation;

import dev.docent.core.answer.Decision;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.question.Place;
import java.util.Optional;

/** Decides, for every answer, whether it is sent as is, with the offer of a person, or handed over now. */
@FunctionalInterface
public interface EscalationPolicy {

    String NOT_FOUND_REASON = "The documentation has nothing that answers this question.";

    Decision decide(Place place, Optional<IntentPrediction> intent, boolean grounded);

    /** Without intents: answer what the docs answer, offer a person for what they do not. */
    static EscalationPolicy offerHumanWhenNotFound() {
        return (place, intent, grounded) -> grounded ? Decision.answer() : Decision.offerHuman(NOT_FOUND_REASON);
    }
}
