package dev.docent.core.intent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trained intent classifier: a semantic expert (multinomial logistic regression on the
 * question's embedding - the one retrieval already computed) and, optionally, a lexical expert
 * (the same over TF-IDF n-grams of its text), mixed in log space with weight
 * {@code lexicalWeight}, then calibrated by {@code temperature}. Labels may include {@code oos}
 * when training had out-of-scope rows; an {@link OutOfScopeDetector} may set aside messages
 * that fit no label.
 */
public record IntentModel(
        Encoder encoder,
        List<String> labels,
        LinearLayer semantic,
        Optional<LexicalExpert> lexical,
        double lexicalWeight,
        double temperature,
        Optional<OutOfScopeDetector> outOfScope,
        ModelFacts facts) {

    public static final String OUT_OF_SCOPE = "oos";

    /** The lexical expert: its features and its layer. */
    public record LexicalExpert(LexicalFeatures features, LinearLayer layer) {
    }

    public IntentModel {
        Objects.requireNonNull(encoder, "encoder");
        labels = List.copyOf(labels);
        Objects.requireNonNull(lexical, "lexical");
        Objects.requireNonNull(outOfScope, "outOfScope");
        Objects.requireNonNull(facts, "facts");
        if (semantic.features() != encoder.dimensions() || semantic.classes() != labels.size()) {
            throw new IllegalArgumentException("the semantic layer must map " + encoder.dimensions() + " dimensions to "
                    + labels.size() + " labels");
        }
        if (temperature <= 0) {
            throw new IllegalArgumentException("temperature must be positive, was " + temperature);
        }
    }

    public IntentScores score(String text, float[] embedding) {
        if (embedding.length != encoder.dimensions()) {
            throw new IllegalArgumentException("expected an embedding of " + encoder.dimensions() + " dimensions, got "
                    + embedding.length);
        }
        float[] mixed = mix(semanticLogProbabilities(embedding),
                lexicalWeight > 0 ? lexicalLogProbabilities(text) : Optional.empty(), lexicalWeight, temperature);
        float[] probabilities = softmax(mixed);
        int best = 0;
        for (int k = 1; k < probabilities.length; k++) {
            if (probabilities[k] > probabilities[best]) {
                best = k;
            }
        }
        String label = labels.get(best);
        double confidence = probabilities[best];
        if (label.equals(OUT_OF_SCOPE)) {
            return new IntentScores(probabilities, best, true, label, confidence);
        }
        if (outOfScope.isPresent() && outOfScope.get().inScopeScore(confidence, embedding) < outOfScope.get().threshold()) {
            return new IntentScores(probabilities, best, true, OUT_OF_SCOPE, 1 - confidence);
        }
        return new IntentScores(probabilities, best, false, label, confidence);
    }

    /** The semantic expert's log-probabilities for an embedding. */
    public float[] semanticLogProbabilities(float[] embedding) {
        float[] scores = new float[labels.size()];
        semantic.scores(SparseVector.dense(embedding), scores);
        logSoftmax(scores);
        return scores;
    }

    /** The lexical expert's log-probabilities for a text, when the model has one. */
    public Optional<float[]> lexicalLogProbabilities(String text) {
        return lexical.map(expert -> {
            float[] scores = new float[labels.size()];
            expert.layer().scores(expert.features().vector(text), scores);
            logSoftmax(scores);
            return scores;
        });
    }

    /** The experts mixed in log space and divided by the temperature: calibrated scores, before softmax. */
    public static float[] mix(float[] semanticLog, Optional<float[]> lexicalLog, double lexicalWeight, double temperature) {
        float[] mixed = semanticLog.clone();
        if (lexicalLog.isPresent() && lexicalWeight > 0) {
            float[] words = lexicalLog.get();
            for (int k = 0; k < mixed.length; k++) {
                mixed[k] = (float) ((1 - lexicalWeight) * mixed[k] + lexicalWeight * words[k]);
            }
        }
        for (int k = 0; k < mixed.length; k++) {
            mixed[k] /= (float) temperature;
        }
        return mixed;
    }

    public IntentModel withMixing(double newLexicalWeight, double newTemperature) {
        return new IntentModel(encoder, labels, semantic, lexical, newLexicalWeight, newTemperature, outOfScope, facts);
    }

    public IntentModel withOutOfScope(Optional<OutOfScopeDetector> detector) {
        return new IntentModel(encoder, labels, semantic, lexical, lexicalWeight, temperature, detector, facts);
    }

    public IntentModel withFacts(ModelFacts newFacts) {
        return new IntentModel(encoder, labels, semantic, lexical, lexicalWeight, temperature, outOfScope, newFacts);
    }

    static void logSoftmax(float[] scores) {
        float max = Float.NEGATIVE_INFINITY;
        for (float s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (float s : scores) {
            sum += Math.exp(s - max);
        }
        float log = (float) (max + Math.log(sum));
        for (int k = 0; k < scores.length; k++) {
            scores[k] -= log;
        }
    }

    public static float[] softmax(float[] scores) {
        float[] p = scores.clone();
        logSoftmax(p);
        for (int k = 0; k < p.length; k++) {
            p[k] = (float) Math.exp(p[k]);
        }
        return p;
    }
}
