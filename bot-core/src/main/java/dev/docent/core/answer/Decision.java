package dev.docent.core.answer;

import java.util.Objects;
import java.util.Optional;

/** The escalation decision attached to every answer, with a reason a person can read. */
public record Decision(Action action, Optional<String> reason) {

    public Decision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }

    public static Decision answer() {
        return new Decision(Action.ANSWER, Optional.empty());
    }

    public static Decision offerHuman(String reason) {
        return new Decision(Action.ANSWER_AND_OFFER_HUMAN, Optional.of(reason));
    }

    public static Decision escalate(String reason) {
        return new Decision(Action.ESCALATE, Optional.of(reason));
    }

    public boolean escalates() {
        return action == Action.ESCALATE;
    }
}
