package dev.docent.core.desk;

import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.tenant.EscalationTarget;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A case message in the team's channel, so that later askers of much the same question can be added
 * to it. {@code message} completes once the platform has the message (Slack posts in the
 * background), and completes exceptionally when the platform refused it.
 */
public record PostedCase(EscalationCase escalation, EscalationTarget target, CompletableFuture<Message> message) {

    /**
     * The platform's ids of the channel and of the case message in it, and the link to the asker's
     * conversation that the message shows (kept to draw the message again with a new count).
     */
    public record Message(String channel, String id, Optional<String> conversation) {
    }

    /** A case the platform took at once. */
    public static PostedCase posted(EscalationCase escalation, EscalationTarget target, Message message) {
        return new PostedCase(escalation, target, CompletableFuture.completedFuture(message));
    }
}
