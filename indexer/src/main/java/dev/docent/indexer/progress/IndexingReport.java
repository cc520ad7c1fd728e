package dev.docent.indexer.progress;

import dev.docent.indexer.IndexingMode;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a run: documents added, changed, removed and unchanged since the last run, every
 * document that failed and why, and the passages written.
 */
public record IndexingReport(String knowledgeBase, String source, IndexingMode mode, int added, int changed,
                             int removed, int unchanged, List<DocumentFailure> failures, int chunksWritten,
                             Duration took) {

    public IndexingReport {
        failures = List.copyOf(failures);
    }

    /** Documents the knowledge base now holds from this source's current content. */
    public int documentsIndexed() {
        return added + changed + unchanged;
    }

    /** A document that could not be indexed, with a reason a person can act on. */
    public record DocumentFailure(String documentId, String reason) {
    }
}
