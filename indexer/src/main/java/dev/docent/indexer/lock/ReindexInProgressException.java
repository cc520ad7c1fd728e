package dev.docent.indexer.lock;

/** Another process is reindexing the same knowledge base; the message says who and until when. */
public class ReindexInProgressException extends RuntimeException {

    public ReindexInProgressException(String message) {
        super(message);
    }
}
