package dev.docent.core.intent;

import static dev.docent.core.intent.IntentPrediction.HOW_TO;

import java.util.Optional;
import java.util.Set;

/**
 * A kind of question the model misreads as something to hand over or escalate, read as the how-to it
 * is, with the model's confidence: the wording says which kind the message is, not how sure the model
 * was. Each kind says which readings it overrides and how the question is worded.
 */
abstract class HowToReading implements IntentClassifier {

    private final IntentClassifier classifier;
    private final Set<String> misreadAs;

    HowToReading(IntentClassifier classifier, Set<String> misreadAs) {
        this.classifier = classifier;
        this.misreadAs = Set.copyOf(misreadAs);
    }

    @Override
    public final Optional<IntentPrediction> classify(String text, float[] embedding) {
        return classifier.classify(text, embedding).map(prediction -> misreadAs.contains(prediction.intent()) && asks(text)
                ? new IntentPrediction(HOW_TO, prediction.confidence()) : prediction);
    }

    /** Whether the message is worded as this kind of question. */
    abstract boolean asks(String text);
}
