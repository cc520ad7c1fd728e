package dev.docent.discord.answer;

import java.util.Arrays;
import java.util.Optional;

/**
 * The buttons under an answer. Their custom id carries the answer's id in the answer log
 * ({@code docent:helpful:<answer id>}), so that a click on any replica finds what was answered.
 */
public enum AnswerButton {
    HELPFUL("helpful"),
    NOT_HELPFUL("not-helpful"),
    HUMAN("human");

    private static final String PREFIX = "docent:";

    private final String key;

    AnswerButton(String key) {
        this.key = key;
    }

    public String customId(String answerId) {
        return PREFIX + key + ":" + answerId;
    }

    /** A button click on an answer, or empty when the custom id is not one of Docent's. */
    public static Optional<Click> parse(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = customId.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0 || colon == rest.length() - 1) {
            return Optional.empty();
        }
        String key = rest.substring(0, colon);
        String answerId = rest.substring(colon + 1);
        return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst().map(b -> new Click(b, answerId));
    }

    public record Click(AnswerButton button, String answerId) {
    }
}
