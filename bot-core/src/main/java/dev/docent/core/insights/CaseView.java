package dev.docent.core.insights;

import dev.docent.core.escalation.CaseProgress;
import dev.docent.core.escalation.EscalationCase;
import java.time.Duration;

/**
 * An escalation case as the support lead sees it: the case, where it stands, and its age - how
 * long it has been open, or how long it took to close.
 */
public record CaseView(EscalationCase escalation, CaseProgress progress, Duration age) {

    /** The platform the question was asked on; null for cases recorded before Docent kept it. */
    public String platform() {
        return escalation.answered() == null ? null : escalation.answered().platform();
    }
}
