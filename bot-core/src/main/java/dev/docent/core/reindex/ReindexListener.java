package dev.docent.core.reindex;

/**
 * Follows a reindex: the console draws a progress bar from it, a chat adapter edits one message.
 * Calls come from the reindex's own threads, one at a time, after every document: return quickly
 * (a chat listener should rate-limit its edits), and never throw. A lambda follows the progress
 * alone.
 */
@FunctionalInterface
public interface ReindexListener {

    ReindexListener NONE = progress -> {
    };

    void progressed(ReindexProgress progress);

    /** A document could not be indexed; the knowledge base keeps what it had for it. */
    default void documentFailed(ReindexSummary.Failure failure) {
    }

    /** The reindex is done; its summary is also what {@link Reindexer#reindex} returns. */
    default void finished(ReindexSummary summary) {
    }
}
