package dev.docent.core.followup;

import dev.docent.core.question.ThreadMessage;
import java.util.List;

/**
 * Turns a thread follow-up ("and on the Team plan?") into a question that can be searched on its
 * own, using the thread's earlier messages (oldest first). A question that already stands alone
 * comes back unchanged.
 */
@FunctionalInterface
public interface FollowUpRewriter {

    String standalone(String question, List<ThreadMessage> threadHistory);
}
