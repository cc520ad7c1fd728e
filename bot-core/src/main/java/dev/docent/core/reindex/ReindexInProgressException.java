package dev.docent.core.reindex;

/** Another reindex of the same knowledge base is running (on this or another replica). */
public class ReindexInProgressException extends IllegalStateException {

    public ReindexInProgressException(String knowledgeBase) {
        super("A reindex of '" + knowledgeBase + "' is already running; try again when it has finished.");
    }
}
