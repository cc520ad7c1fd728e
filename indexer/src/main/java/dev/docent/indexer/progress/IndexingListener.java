package dev.docent.indexer.progress;

/** Follows a run: the console draws a progress bar from it, chat commands edit a message. */
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
