package dev.docent.core.intent;

import java.util.Optional;

/**
 * Names the intent of a question. It receives the question's embedding, which retrieval has
 * already computed, so that classifying costs almost nothing more.
 */
@FunctionalInterface
public interface IntentClassifier {

    /** For deployments without a classifier: every question is just a question. */
    IntentClassifier NONE = (text, embedding) -> Optional.empty();

    Optional<IntentPrediction> classify(String text, float[] embedding);
}
