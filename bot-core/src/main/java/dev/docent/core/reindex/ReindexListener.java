package dev.docent.core.reindex;

/** Follows a reindex; a chat adapter edits one message from it. Called from the reindexing thread. */
@FunctionalInterface
public interface ReindexListener {

    void progressed(ReindexProgress progress);
}
