package dev.docent.core.desk;

import java.util.Objects;
import java.util.Optional;

/**
 * A person from the team marking a reply to an escalation case as the answer to its question.
 *
 * @param caseMessageId the case message the reply answers (its thread, or the message it replies to)
 * @param answer        the reply's text, in plain words
 * @param link          where the reply is, if the platform gives a link
 */
public record Teaching(String platform, String tenant, String channel, String caseMessageId, String teacher,
                       String answer, Optional<String> link) {

    public Teaching {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(caseMessageId, "caseMessageId");
        answer = answer == null ? "" : answer.strip();
    }
}
