package dev.docent.indexer.progress;

/**
 * Follows a run: the console draws a progress bar from it, chat commands edit a message. Free of
 * console and chat types on purpose. Calls come from the run's own threads, one at a time, after
 * every document: return quickly (a chat listener should rate-limit its edits and post them
 * elsewhere), and never throw.
 */
public interface IndexingListener {

    IndexingListener NONE = new IndexingListener() {
    };

    default void progressed(IndexingProgress progress) {
    }

    default void documentFailed(IndexingReport.DocumentFailure failure) {
    }

    default void finished(IndexingReport report) {
    }
}
