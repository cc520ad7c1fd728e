package dev.docent.core.answer;

import java.util.Objects;
import java.util.Optional;

/** The escalation decision attached to every answer: what the asker reads, who steps in, and why in plain words. */
public record Decision(Action action, Reply reply, Optional<String> reason) {

    public Decision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(reason, "reason");
    }

    public static Decision answer() {
        return new Decision(Action.ANSWER, Reply.ANSWER, Optional.empty());
    }

    public static Decision offerHuman(String reason) {
        return new Decision(Action.ANSWER_AND_OFFER_HUMAN, Reply.ANSWER, Optional.of(reason));
    }

    public static Decision escalate(String reason) {
        return new Decision(Action.ESCALATE, Reply.ANSWER, Optional.of(reason));
    }

    public Decision withReply(Reply newReply) {
        return new Decision(action, newReply, reason);
    }

    public boolean escalates() {
        return action == Action.ESCALATE;
    }
}
