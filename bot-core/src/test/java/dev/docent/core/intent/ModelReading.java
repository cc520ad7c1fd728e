package dev.docent.core.intent;

import java.util.Optional;

/** A stand-in for the model under a wording rule: it reads every message the one way it is told. */
final class ModelReading {

    private ModelReading() {
    }

    static IntentClassifier reading(String intent, double confidence) {
        return (text, embedding) -> Optional.of(new IntentPrediction(intent, confidence));
    }
}
