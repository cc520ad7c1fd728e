package dev.docent.core.relevance;

import dev.docent.core.retrieval.PageFeatures;
import dev.docent.core.retrieval.PageScorer;

/**
 * Ranks candidate pages by a weighted sum of their {@link PageFeatures}. The weights are learned
 * from labelled questions (pairs of a right and a wrong page of one question), not set by hand.
 */
public record PageRanker(double[] weights) implements PageScorer {

    public PageRanker {
        if (weights.length != PageFeatures.NAMES.size()) {
            throw new IllegalArgumentException("The page ranker needs " + PageFeatures.NAMES.size() + " weights, got " + weights.length);
        }
        weights = weights.clone();
    }

    @Override
    public double score(PageFeatures features) {
        double[] x = features.vector();
        double score = 0;
        for (int i = 0; i < x.length; i++) {
            score += weights[i] * x[i];
        }
        return score;
    }
}
