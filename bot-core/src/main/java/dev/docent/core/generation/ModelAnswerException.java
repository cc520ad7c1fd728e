package dev.docent.core.generation;

/** The model answered, but not with anything usable (an empty reply). */
public class ModelAnswerException extends RuntimeException {

    public ModelAnswerException(String message) {
        super(message);
    }
}
