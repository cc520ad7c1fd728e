package dev.docent.lab.evaluation;

import java.util.List;

/**
 * A question with the pages that answer it (paths; the first is the best answer), or none when the
 * documentation does not answer it and the right reply is an honest "not in the docs".
 */
public record QaQuestion(String id, String question, List<String> relevant) {

    public QaQuestion {
        relevant = List.copyOf(relevant);
    }

    public boolean answerable() {
        return !relevant.isEmpty();
    }

    /** Whether a page (by its document id) is one of the answering pages. */
    public boolean isRelevant(String documentId) {
        return relevant.contains(documentId);
    }

    /** The same question with every page path that starts with {@code prefix} without it. */
    public QaQuestion withoutPrefix(String prefix) {
        return new QaQuestion(id, question,
                relevant.stream().map(path -> path.startsWith(prefix) ? path.substring(prefix.length()) : path).toList());
    }
}
