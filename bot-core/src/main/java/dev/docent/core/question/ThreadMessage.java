package dev.docent.core.question;

import java.util.Objects;

/**
 * An earlier message of a question's thread, and whether Docent wrote it. The follow-up rule leans
 * on what people asked; a model restating a follow-up also reads what Docent answered, since "the
 * second option you mentioned" points into the answer, not the question.
 */
public record ThreadMessage(String text, boolean byDocent) {

    public ThreadMessage {
        Objects.requireNonNull(text, "text");
    }

    public static ThreadMessage byPerson(String text) {
        return new ThreadMessage(text, false);
    }

    public static ThreadMessage byDocent(String text) {
        return new ThreadMessage(text, true);
    }
}
