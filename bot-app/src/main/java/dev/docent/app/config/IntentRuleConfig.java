package dev.docent.app.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.answer.Action;
import dev.docent.core.escalation.IntentEscalationPolicy;
import dev.docent.core.escalation.IntentRule;
import java.util.Objects;

/**
 * One intent's rule in docent.yml: {@code {action: escalate, minConfidence: 0.6}}.
 *
 * @param action        answer, answer_and_offer_human or escalate
 * @param minConfidence the classifier's confidence needed for the action (0 to 1, default 0.5)
 */
public record IntentRuleConfig(
        @JsonProperty(value = "action", required = true) ActionName action,
        @JsonProperty("minConfidence") Double minConfidence) {

    public IntentRuleConfig {
        Objects.requireNonNull(action, "action is required (answer, answer_and_offer_human or escalate)");
        minConfidence = minConfidence == null ? IntentEscalationPolicy.DEFAULT_MIN_CONFIDENCE : minConfidence;
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minConfidence must be between 0 and 1, was " + minConfidence);
        }
    }

    public IntentRule rule() {
        return new IntentRule(action.action, minConfidence);
    }

    /** The actions as docent.yml spells them. */
    public enum ActionName {
        @JsonProperty("answer") ANSWER(Action.ANSWER),
        @JsonProperty("answer_and_offer_human") ANSWER_AND_OFFER_HUMAN(Action.ANSWER_AND_OFFER_HUMAN),
        @JsonProperty("escalate") ESCALATE(Action.ESCALATE);

        private final Action action;

        ActionName(Action action) {
            this.action = action;
        }
    }
}
