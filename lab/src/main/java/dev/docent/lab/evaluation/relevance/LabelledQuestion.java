package dev.docent.lab.evaluation.relevance;

import java.util.List;
import java.util.Set;

/**
 * A question with the pages that answer it (none: the documentation does not), the knowledge bases
 * it is asked against, and the group it belongs to: thresholds are chosen so that every group comes
 * close to its goals, not only the largest.
 */
public record LabelledQuestion(String id, QuestionGroup group, String question, Set<String> knowledgeBases, List<String> relevant) {

    public LabelledQuestion {
        knowledgeBases = Set.copyOf(knowledgeBases);
        relevant = List.copyOf(relevant);
    }

    public boolean answerable() {
        return !relevant.isEmpty();
    }

    /** Whether a page (by its document id) is one of the answering pages. */
    public boolean isRelevant(String documentId) {
        return relevant.contains(documentId);
    }
}
