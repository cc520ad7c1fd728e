package dev.docent.core.escalation;

import dev.docent.core.conversation.AnsweredQuestion;
import java.util.Optional;

/**
 * Escalation cases: at most one per answer, however many times "talk to a human" is clicked and on
 * whichever replica, so the team is never paged twice for one question.
 */
public interface EscalationCases {

    /** Opens the case for this answer, or returns empty if it is already open. */
    Optional<EscalationCase> open(AnsweredQuestion answered, String requestedBy, String reason);

    /** Remembers where the case's message is, so that a reply to it (a team answer) finds the case. */
    void placed(EscalationCase escalation, String channel, String messageId);

    /** The case whose message this is, if Docent posted one there. */
    Optional<EscalationCase> atMessage(String channel, String messageId);

    /** Records that a person took the case; returns false if there is no such case. */
    boolean take(String caseId, String person);

    /** Records that a person closed the case; returns false if there is no such case. */
    boolean close(String caseId, String person);
}
