package dev.docent.core.reindex;

import dev.docent.core.error.ConflictException;

/**
 * Another reindex of the same knowledge base is running, in this process or another replica; the
 * message says who holds it and until when.
 */
public class ReindexInProgressException extends ConflictException {

    public ReindexInProgressException(String message) {
        super(message);
    }
}
