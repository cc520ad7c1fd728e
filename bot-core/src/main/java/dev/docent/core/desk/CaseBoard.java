package dev.docent.core.desk;

import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.tenant.EscalationTarget;

/**
 * Where a platform shows the team a new escalation case: Slack's escalation channel, a Discord
 * guild's moderators' channel. One per conversation, so it knows how to link back to it.
 */
@FunctionalInterface
public interface CaseBoard {

    /** Whether the case reached the target channel; false when the platform refused or cannot reach it. */
    boolean post(EscalationCase escalation, EscalationTarget target);
}
