package dev.docent.lab.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How Docent replied to one question of a set, asked as a chat user asks.
 *
 * @param answered     Docent gave an answer with citations (not "not in the docs", not "the team has your request")
 * @param citedPages   the pages its numbered citations point to, in citation order
 * @param citations    how many citations the answer has, and how many point into a relevant page
 * @param rankedPages  the pages retrieval ranked highest, best first
 * @param relatedPages the pages the reply listed to read (after an answer) or as the closest (after a refusal)
 * @param reply        answer, not_in_docs or request_noted
 * @param action       the escalation decision: answer, answer_and_offer_human or escalate
 * @param stagesMs     how long each stage of the answer took ({@code Answer.timings()}), in order
 */
public record QaResult(QaQuestion question, DevSplit split, boolean answered, List<String> citedPages, int citations,
                       int relevantCitations, List<String> rankedPages, List<String> relatedPages, String intent, String reply, String action,
                       double confidence, double latencyMs, Map<String, Double> stagesMs) {

    public QaResult {
        stagesMs = Collections.unmodifiableMap(new LinkedHashMap<>(stagesMs));
        citedPages = List.copyOf(citedPages);
        rankedPages = List.copyOf(rankedPages);
        relatedPages = List.copyOf(relatedPages);
    }

    /** An answerable question whose reply shows a page that answers it, cited or listed to read. */
    public boolean showsRelevant() {
        return answerable() && (citesRelevant() || relatedPages.stream().anyMatch(question::isRelevant));
    }

    public boolean answerable() {
        return question.answerable();
    }

    /** An answerable question whose citations include a page that answers it. */
    public boolean citesRelevant() {
        return answerable() && answered && citedPages.stream().anyMatch(question::isRelevant);
    }

    /** An answerable question whose first citation is a page that answers it. */
    public boolean firstCitationRelevant() {
        return answerable() && answered && !citedPages.isEmpty() && question.isRelevant(citedPages.getFirst());
    }

    /** Got right: a relevant page cited for an answerable question, an honest refusal for another. */
    public boolean right() {
        return answerable() ? citesRelevant() : !answered;
    }

    /** Where the first relevant page was ranked (1-based), 0 when it was not. */
    public int firstRelevantRank() {
        for (int i = 0; i < rankedPages.size(); i++) {
            if (question.isRelevant(rankedPages.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }
}
