package dev.docent.core.insights;

import dev.docent.core.answer.PageReference;
import java.time.Instant;
import java.util.List;

/**
 * A question the documentation did not serve: refused (no citation), escalated, or voted not
 * helpful (any of the three, often two), with the pages retrieval found for it and its embedding.
 * {@code answerId} is also the id of its escalation case, and of the team answer saved on that case.
 */
record GapQuestion(String answerId, String question, Instant time, boolean refused, boolean escalated, boolean downVoted,
                   List<PageReference> retrievedPages, float[] embedding) {
}
