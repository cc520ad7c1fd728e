package dev.docent.core.intent;

import java.util.Optional;

/** Classifies with a trained {@link IntentModel} on the embedding retrieval already made: microseconds, no network. */
public final class LocalIntentClassifier implements IntentClassifier {

    private final IntentModel model;

    public LocalIntentClassifier(IntentModel model) {
        this.model = model;
    }

    public IntentModel model() {
        return model;
    }

    @Override
    public Optional<IntentPrediction> classify(String text, float[] embedding) {
        IntentScores scores = model.score(text, embedding);
        return Optional.of(new IntentPrediction(scores.label(), scores.confidence()));
    }
}
