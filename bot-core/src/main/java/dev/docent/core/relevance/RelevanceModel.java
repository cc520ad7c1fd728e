package dev.docent.core.relevance;

import dev.docent.core.retrieval.CandidatePage;
import dev.docent.core.retrieval.RankedPage;
import dev.docent.core.retrieval.SearchQuery;
import java.util.List;

/**
 * The learned part of answering: how candidate pages are ranked, whether the first one answers the
 * question, and when the second page is cited too (its score within {@code secondPageWithin} of the
 * first: the two are about equally likely to be the page the asker needs; or the first is
 * {@link #OUTSIZED} next to it). {@code trainedOn} says where the weights came from, for the README's
 * figures and for whoever retrains it.
 */
public record RelevanceModel(PageRanker ranker, AnswerabilityModel answerability, double secondPageWithin,
                             String trainedOn) {

    /**
     * How many times longer than the second page the first must be to have won on its length: a
     * whole API on one page (Flask's {@code api.html}: 564 of its docs' 1,186 passages) holds a
     * passage that matches something in almost any question, so it ranks first for most of them, and
     * the guide that answers comes second. The smallest ratio that gives no right answer of the
     * tune halves a second page (5 gave two, 7 one: a rule page beside {@code no-unused-vars}).
     */
    public static final int OUTSIZED = 10;

    /** The model trained by the command in the README and shipped with Docent. */
    public static RelevanceModel bundled() {
        return RelevanceModelFile.bundled();
    }

    /** The pages an answer quotes: the first, and the second when {@link #citesSecond} says so. */
    public List<RankedPage> pagesToCite(List<RankedPage> pages) {
        if (pages.isEmpty()) {
            return List.of();
        }
        RankedPage first = pages.getFirst();
        if (pages.size() > 1 && !pages.get(1).passages().isEmpty() && citesSecond(first, pages.get(1))) {
            return List.of(first, pages.get(1));
        }
        return List.of(first);
    }

    /** Whether the second page is nearly as likely as the first, or the first may lead on its length alone. */
    public boolean citesSecond(RankedPage first, RankedPage second) {
        return first.score() - second.score() < secondPageWithin || outsized(first.page(), second.page());
    }

    /** Both lengths known (an index of schema version 8 or later), and the first {@link #OUTSIZED} next to the second. */
    private static boolean outsized(CandidatePage first, CandidatePage second) {
        return second.pagePassages() > 0 && first.pagePassages() >= OUTSIZED * second.pagePassages();
    }

    public Answerability assess(SearchQuery query, List<RankedPage> pages) {
        return answerability.assess(query, pages);
    }
}
