package dev.docent.core.escalation;

import dev.docent.core.answer.Action;
import java.util.Objects;

/**
 * What to do with a question of one intent: the action, taken only when the classifier is at
 * least {@code minConfidence} sure (below it, the question is treated as if no intent was named).
 */
public record IntentRule(Action action, double minConfidence) {

    public IntentRule {
        Objects.requireNonNull(action, "action");
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minConfidence must be between 0 and 1, was " + minConfidence);
        }
    }
}
