package dev.docent.indexer.progress;

import java.time.Duration;
import java.util.List;

/** The outcome of a run: what was indexed, what was removed, and every document that failed and why. */
public record IndexingReport(String knowledgeBase, String source, int documents, int chunks, int removedChunks,
                             List<DocumentFailure> failures, Duration took) {

    public IndexingReport {
        failures = List.copyOf(failures);
    }

    /** A document that could not be indexed, with a reason a person can act on. */
    public record DocumentFailure(String documentId, String reason) {
    }
}
