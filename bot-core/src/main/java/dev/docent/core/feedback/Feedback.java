package dev.docent.core.feedback;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.docent.core.conversation.AnsweredQuestion;
import java.time.Instant;

/** One reader's vote on one answer, with the answer it is about. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Feedback(String answerId, String tenant, String channel, String user, Vote vote,
                       AnsweredQuestion answered, Instant time) {
}
