package dev.docent.core.desk;

import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.tenant.EscalationTarget;
import java.util.Optional;

/**
 * Where a platform shows the team escalation cases: Slack's escalation channel, a Discord guild's
 * moderators' channel. One per conversation, so it knows how to link back to it.
 */
public interface CaseBoard {

    /** The case message; empty when the platform refused it or the channel cannot be reached. */
    Optional<PostedCase> post(EscalationCase escalation, EscalationTarget target);

    /**
     * Adds this conversation's asker to an earlier case of much the same question, instead of a new
     * page: the earlier message shows how many more people asked, and links to this conversation.
     *
     * @param moreAskers how many people besides the first have asked it, this one included
     */
    void alsoAsked(PostedCase earlier, EscalationCase similar, int moreAskers);
}
