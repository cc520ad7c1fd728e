package dev.docent.slack.command;

import java.util.Locale;
import java.util.Optional;

/** What {@code /docent <text>} asks for. */
public sealed interface Subcommand {

    record Ask(String question) implements Subcommand {
    }

    record Help() implements Subcommand {
    }

    record Reindex(Optional<String> knowledgeBase) implements Subcommand {
    }

    record Status() implements Subcommand {
    }

    record Unknown(String word) implements Subcommand {
    }

    /**
     * Reads the command's text: its first word names the subcommand; nothing at all means help.
     * An unknown word is not taken as a question: a typo of "reindex" must not reach the support
     * team as an unanswerable question.
     */
    static Subcommand parse(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return new Help();
        }
        String[] parts = stripped.split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        return switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "ask" -> new Ask(rest);
            case "help" -> new Help();
            case "reindex" -> new Reindex(rest.isEmpty() ? Optional.empty() : Optional.of(rest.split("\\s+")[0]));
            case "status" -> new Status();
            default -> new Unknown(parts[0]);
        };
    }
}
