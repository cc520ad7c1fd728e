package dev.docent.core.intent;

import dev.docent.core.error.UserInputException;

/** An intent model file that cannot be used: unreadable, of another format version, or made for another encoder. */
public class InvalidIntentModelException extends UserInputException {

    public InvalidIntentModelException(String message) {
        super(message);
    }
}
