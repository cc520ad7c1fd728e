package dev.docent.core.reindex;

import java.time.Duration;
import java.util.List;

/** How a reindex ended: what changed in the knowledge base, and each document that failed and why. */
public record ReindexSummary(String knowledgeBase, int added, int changed, int removed, int unchanged,
                             List<Failure> failures, Duration took) {

    public ReindexSummary {
        failures = List.copyOf(failures);
    }

    /** A document that could not be indexed; the knowledge base keeps what it had for it. */
    public record Failure(String document, String reason) {
    }
}
