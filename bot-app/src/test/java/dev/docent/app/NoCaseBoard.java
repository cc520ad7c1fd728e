package dev.docent.app;

import dev.docent.core.desk.CaseBoard;
import dev.docent.core.desk.PostedCase;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.tenant.EscalationTarget;
import java.util.Optional;

/** A platform that takes no escalation case: for tests about answers, where escalations are beside the point. */
public final class NoCaseBoard implements CaseBoard {

    public static final CaseBoard INSTANCE = new NoCaseBoard();

    private NoCaseBoard() {
    }

    @Override
    public Optional<PostedCase> post(EscalationCase escalation, EscalationTarget target) {
        return Optional.empty();
    }

    @Override
    public void alsoAsked(PostedCase earlier, EscalationCase similar, int moreAskers) {
        throw new AssertionError("no case was posted to join");
    }
}
