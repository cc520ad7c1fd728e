package dev.docent.core.relevance;

import dev.docent.core.retrieval.RankedPage;
import dev.docent.core.retrieval.SearchQuery;
import java.util.List;

/**
 * The learned part of answering: how candidate pages are ranked, whether the first one answers the
 * question, and when the second page is cited too (its score within {@code secondPageWithin} of the
 * first: the two are about equally likely to be the page the asker needs). {@code trainedOn} says
 * where the weights came from, for the README's figures and for whoever retrains it.
 */
public record RelevanceModel(PageRanker ranker, AnswerabilityModel answerability, double secondPageWithin,
                             String trainedOn) {

    /** The model trained by the command in the README and shipped with Docent. */
    public static RelevanceModel bundled() {
        return RelevanceModelFile.bundled();
    }

    /** The pages an answer quotes: the first, and the second when it is nearly as likely. */
    public List<RankedPage> pagesToCite(List<RankedPage> pages) {
        if (pages.isEmpty()) {
            return List.of();
        }
        RankedPage first = pages.getFirst();
        if (pages.size() > 1 && !pages.get(1).passages().isEmpty() && first.score() - pages.get(1).score() < secondPageWithin) {
            return List.of(first, pages.get(1));
        }
        return List.of(first);
    }

    public Answerability assess(SearchQuery query, List<RankedPage> pages) {
        return answerability.assess(query, pages);
    }
}
