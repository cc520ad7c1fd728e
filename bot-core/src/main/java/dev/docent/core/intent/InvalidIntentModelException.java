package dev.docent.core.intent;

/** An intent model file that cannot be used: unreadable, of another format version, or made for another encoder. */
public class InvalidIntentModelException extends IllegalArgumentException {

    public InvalidIntentModelException(String message) {
        super(message);
    }
}
