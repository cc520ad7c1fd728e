package dev.docent.core.error;

/**
 * The request collides with work already in progress - a reindex of the same knowledge base by
 * this process or another replica. Trying again once that work ends succeeds.
 */
public non-sealed class ConflictException extends DocentException {

    public ConflictException(String message) {
        super(message);
    }
}
