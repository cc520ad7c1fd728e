package dev.docent.core.relevance;

import dev.docent.core.index.EnglishTerms;
import dev.docent.core.retrieval.CandidatePage;
import dev.docent.core.retrieval.RankedPage;
import dev.docent.core.retrieval.SearchQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the ranked pages say about whether the documentation answers the question at all, in the
 * order of {@link #NAMES}. Ranking is relative - some page always comes first - so these are
 * readings of the first page that mean the same for every question: how far ahead of the other
 * candidates both searches put it, its lead over the second page, and how close it is to the question.
 *
 * @param agreement        the fused score of the first page's best passage: high when both searches put
 *                         it near the top, on a scale (z-scores) that does not depend on the question's length
 * @param margin           the first page's lead over the second in the page ranker's score
 * @param closeness        the kNN score, (1 + cosine) / 2, of the first page's passage closest to the question
 * @param subjectCloseness the same for the question's subject
 * @param lexical          the first page's best normalised BM25 score
 * @param termCoverage     the share of the question's content words that the first page's best
 *                         passages contain (with its title and headings)
 * @param titleCoverage    the share of the first page's title words that the question uses: a question
 *                         that names what a page is about is asking about that page
 */
public record AnswerEvidence(double agreement, double margin, double closeness, double subjectCloseness, double lexical,
                             double termCoverage, double titleCoverage) {

    public static final List<String> NAMES = List.of("agreement", "margin", "closeness", "subjectCloseness", "lexical",
            "termCoverage", "titleCoverage");

    /** Empty when retrieval found no page at all. */
    public static Optional<AnswerEvidence> of(SearchQuery query, List<RankedPage> pages) {
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        RankedPage first = pages.getFirst();
        CandidatePage page = first.page();
        double margin = pages.size() > 1 ? first.score() - pages.get(1).score() : 0;
        return Optional.of(new AnswerEvidence(page.features().fusedBest(), margin, page.bestCloseness(),
                page.features().subjectCloseness(), page.bestLexical(), termCoverage(query, first),
                page.features().titleCoverage()));
    }

    public double[] vector() {
        return new double[] {agreement, margin, closeness, subjectCloseness, lexical, termCoverage, titleCoverage};
    }

    /**
     * A dotted name the analyzer keeps whole ("request.args") counts as present when its parts are:
     * a reference heads the attribute "args" under the class "flask.Request" and never spells the two
     * together, and "What does Request.args contain?" read as uncovered (0.49, refused).
     */
    private static double termCoverage(SearchQuery query, RankedPage page) {
        Set<String> present = new HashSet<>(EnglishTerms.of(page.page().title()));
        for (var passage : page.passages()) {
            present.addAll(EnglishTerms.of(passage.passage().section() + "\n" + passage.passage().text()));
        }
        if (query.terms().isEmpty()) {
            return 0;
        }
        present.addAll(present.stream().flatMap(term -> EnglishTerms.partsOf(term).stream()).toList());
        long found = query.terms().stream()
                .filter(term -> present.contains(term) || coveredByParts(EnglishTerms.partsOf(term), present))
                .count();
        return (double) found / query.terms().size();
    }

    private static boolean coveredByParts(Set<String> parts, Set<String> present) {
        return !parts.isEmpty() && present.containsAll(parts);
    }
}
