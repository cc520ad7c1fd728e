package dev.docent.indexer.progress;

import dev.docent.indexer.IndexingMode;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a run: documents added, changed, removed and unchanged since the last run, every
 * document that failed and why, the documents skipped because they have no text to index, and the
 * passages written.
 *
 * @param emptyDocuments documents with nothing to index (navigation stubs, redirect pages with front
 *                       matter only): not failures, and not in the knowledge base
 */
public record IndexingReport(String knowledgeBase, String source, IndexingMode mode, int added, int changed,
                             int removed, int unchanged, List<DocumentFailure> failures, List<String> emptyDocuments,
                             int chunksWritten, Duration took) {

    public IndexingReport {
        failures = List.copyOf(failures);
        emptyDocuments = List.copyOf(emptyDocuments);
    }

    /** How many documents were skipped as empty. */
    public int empty() {
        return emptyDocuments.size();
    }

    /** Documents the knowledge base now holds from this source's current content. */
    public int documentsIndexed() {
        return added + changed + unchanged;
    }

    /** A document that could not be indexed, with a reason a person can act on. */
    public record DocumentFailure(String documentId, String reason) {
    }
}
