package dev.docent.core.relevance;

import dev.docent.core.retrieval.CandidatePage;
import dev.docent.core.retrieval.RankedPage;
import java.util.List;

/**
 * What the ranked pages say about whether the documentation answers the question at all, in the
 * order of {@link #NAMES}. Ranking is relative - some page always comes first - so these are the
 * absolute readings of the first page, and its lead over the second.
 *
 * @param topScore         the page ranker's score of the first page
 * @param margin           its lead over the second page's score
 * @param closeness        the kNN score, (1 + cosine) / 2, of the first page's passage closest to the question
 * @param subjectCloseness the same for the question's subject
 * @param lexical          the first page's best normalised BM25 score
 */
public record AnswerEvidence(double topScore, double margin, double closeness, double subjectCloseness, double lexical) {

    public static final List<String> NAMES = List.of("topScore", "margin", "closeness", "subjectCloseness", "lexical");

    /** Empty when retrieval found no page at all. */
    public static java.util.Optional<AnswerEvidence> of(List<RankedPage> pages) {
        if (pages.isEmpty()) {
            return java.util.Optional.empty();
        }
        RankedPage first = pages.getFirst();
        CandidatePage page = first.page();
        double margin = pages.size() > 1 ? first.score() - pages.get(1).score() : 0;
        return java.util.Optional.of(new AnswerEvidence(first.score(), margin, page.bestCloseness(),
                page.features().subjectCloseness(), page.bestLexical()));
    }

    public double[] vector() {
        return new double[] {topScore, margin, closeness, subjectCloseness, lexical};
    }
}
