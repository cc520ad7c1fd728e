package dev.docent.core.question;

import java.util.Optional;

/**
 * The text of a question made safe to work with: trimmed, never empty, and never longer than
 * {@link #MAX_CHARS}. A longer question is cut at a word boundary and carries a note saying so,
 * because retrieval and the embedding model only ever read the beginning of a long text anyway.
 */
public record QuestionText(String value, Optional<String> note) {

    public static final int MAX_CHARS = 2_000;

    public static QuestionText of(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidQuestionException("The question is empty: ask something about the documentation.");
        }
        if (trimmed.length() <= MAX_CHARS) {
            return new QuestionText(trimmed, Optional.empty());
        }
        String cut = cutAtWordBoundary(trimmed, MAX_CHARS);
        String note = "Your message was %,d characters long; I read only its first %,d."
                .formatted(trimmed.length(), cut.length());
        return new QuestionText(cut, Optional.of(note));
    }

    private static String cutAtWordBoundary(String text, int limit) {
        int end = limit;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > limit / 2) {
            end = space;
        }
        return text.substring(0, end).strip();
    }
}
