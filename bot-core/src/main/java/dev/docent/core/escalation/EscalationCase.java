package dev.docent.core.escalation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.docent.core.conversation.AnsweredQuestion;
import java.time.Instant;

/**
 * A conversation handed to a person: what was asked and answered, who or what asked for the
 * hand-over ({@code requestedBy}: a user id, or "policy"), and why.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EscalationCase(String id, String tenant, String channel, String user, String requestedBy, String reason,
                             AnsweredQuestion answered, Instant time) {

    public static final String BY_POLICY = "policy";
}
