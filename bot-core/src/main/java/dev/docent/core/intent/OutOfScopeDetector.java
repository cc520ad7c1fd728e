package dev.docent.core.intent;

/**
 * Says when a message fits none of the intents. Two signals, each measured against in-scope
 * validation messages and averaged: how sure the classifier is (its calibrated top probability)
 * and how close the message's embedding comes to the nearest prototype of any intent (a few
 * k-means centres per intent). A confident classifier far from every known example, or a close
 * example the classifier still hesitates on, is each caught by the other signal; on banking77
 * the pair beats either alone over the whole trade-off curve (README, "Out of scope").
 *
 * @param prototypes  [prototype][dimension], row-major; unit vectors
 * @param threshold   messages scoring below it are out of scope
 */
public record OutOfScopeDetector(int dimensions, float[] prototypes, double confidenceMean, double confidenceSpread,
                                 double similarityMean, double similaritySpread, double threshold) {

    public OutOfScopeDetector {
        if (dimensions <= 0 || prototypes.length == 0 || prototypes.length % dimensions != 0) {
            throw new IllegalArgumentException("prototypes must be whole vectors of " + dimensions + " numbers");
        }
    }

    public int prototypeCount() {
        return prototypes.length / dimensions;
    }

    /** Higher is more in scope; 0 is an average in-scope validation message. */
    public double inScopeScore(double confidence, float[] embedding) {
        return 0.5 * (confidence - confidenceMean) / confidenceSpread
                + 0.5 * (nearestSimilarity(embedding) - similarityMean) / similaritySpread;
    }

    public double nearestSimilarity(float[] embedding) {
        double best = -1;
        for (int p = 0; p < prototypes.length; p += dimensions) {
            double dot = 0;
            for (int d = 0; d < dimensions; d++) {
                dot += embedding[d] * prototypes[p + d];
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    public OutOfScopeDetector withThreshold(double newThreshold) {
        return new OutOfScopeDetector(dimensions, prototypes, confidenceMean, confidenceSpread, similarityMean,
                similaritySpread, newThreshold);
    }
}
