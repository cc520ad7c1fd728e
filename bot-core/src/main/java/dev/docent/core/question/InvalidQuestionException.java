package dev.docent.core.question;

import dev.docent.core.error.UserInputException;

/** A question Docent cannot work with, with a message fit to show the asker. */
public class InvalidQuestionException extends UserInputException {

    public InvalidQuestionException(String message) {
        super(message);
    }
}
