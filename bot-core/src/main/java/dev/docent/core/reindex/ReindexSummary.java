package dev.docent.core.reindex;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a reindex ended: the source it read and the mode that ran, the documents added, changed,
 * removed and unchanged since the last run, each document that failed and why, the documents
 * skipped because they have no text to index, and the passages written.
 *
 * @param mode           the mode that ran: a knowledge base's first run is a rebuild whatever was asked
 * @param emptyDocuments documents with nothing to index (navigation stubs, redirect pages with front
 *                       matter only): not failures, and not in the knowledge base
 * @param unreadDocumentation the source's documentation files in formats Docent does not read (man pages,
 *                       Texinfo, ...), counted by extension: left out, and said so
 */
public record ReindexSummary(String knowledgeBase, String source, ReindexMode mode, int added, int changed,
                             int removed, int unchanged, List<Failure> failures, List<String> emptyDocuments,
                             int chunksWritten, Duration took, Map<String, Integer> unreadDocumentation) {

    public ReindexSummary {
        failures = List.copyOf(failures);
        emptyDocuments = List.copyOf(emptyDocuments);
        unreadDocumentation = Collections.unmodifiableMap(new TreeMap<>(unreadDocumentation));
    }

    /** How many documents were skipped as empty. */
    public int empty() {
        return emptyDocuments.size();
    }

    /** Documents the knowledge base now holds from this source's current content. */
    public int documentsIndexed() {
        return added + changed + unchanged;
    }

    /** A document that could not be indexed, with a reason a person can act on; the knowledge base keeps what it had for it. */
    public record Failure(String document, String reason) {
    }
}
