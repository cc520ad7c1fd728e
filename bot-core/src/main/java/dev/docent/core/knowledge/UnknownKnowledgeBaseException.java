package dev.docent.core.knowledge;

import dev.docent.core.error.UserInputException;
import java.util.Collection;
import java.util.List;

/** A knowledge base was named that does not exist; the message lists the ones that do. */
public class UnknownKnowledgeBaseException extends UserInputException {

    private final List<String> known;

    public UnknownKnowledgeBaseException(Collection<String> unknown, Collection<String> known) {
        super(message(unknown, known));
        this.known = List.copyOf(known);
    }

    public List<String> known() {
        return known;
    }

    private static String message(Collection<String> unknown, Collection<String> known) {
        String names = String.join(", ", unknown.stream().map(n -> "'" + n + "'").toList());
        String knownList = known.isEmpty() ? "none yet (index some documents first)" : String.join(", ", known);
        return (unknown.size() == 1 ? "Unknown knowledge base " : "Unknown knowledge bases ") + names
                + ". Known knowledge bases: " + knownList + ".";
    }
}
