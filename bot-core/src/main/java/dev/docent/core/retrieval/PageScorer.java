package dev.docent.core.retrieval;

/** Orders candidate pages: the higher the score, the likelier the page answers the question. */
@FunctionalInterface
public interface PageScorer {

    double score(PageFeatures features);

    /** The page's best passage decides alone: fusion as it was before pages were ranked. */
    PageScorer BEST_PASSAGE = PageFeatures::fusedBest;
}
