package dev.docent.core.question;

/** A question Docent cannot work with, with a message fit to show the asker. */
public class InvalidQuestionException extends IllegalArgumentException {

    public InvalidQuestionException(String message) {
        super(message);
    }
}
