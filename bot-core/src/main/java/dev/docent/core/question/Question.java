package dev.docent.core.question;

import java.util.List;
import java.util.Objects;

/**
 * A platform-free question: what was asked, by whom, where, and the earlier messages of its
 * thread (oldest first, people's and Docent's) for follow-ups.
 */
public record Question(String text, String user, Place place, List<ThreadMessage> threadHistory) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(place, "place");
        threadHistory = List.copyOf(threadHistory);
    }

    public static Question fromConsole(String text) {
        return new Question(text, "console", Place.console(), List.of());
    }
}
