package dev.docent.app.evaluation;

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
        return relevant.stream().anyMatch(path -> samePage(path, documentId));
    }

    /** The label path of a page when it is a relevant one, else its document id. */
    public String labelOf(String documentId) {
        return relevant.stream().filter(path -> samePage(path, documentId)).findFirst().orElse(documentId);
    }

    /**
     * Labels name pages by their path in the corpus, document ids by their path under the folder that
     * was indexed: "docs/src/use/ignore.md" and "use/ignore.md" are the same page.
     */
    public static boolean samePage(String labelledPath, String documentId) {
        return labelledPath.equals(documentId) || labelledPath.endsWith("/" + documentId)
                || documentId.endsWith("/" + labelledPath);
    }
}
