package dev.docent.lab.intents.training;

import dev.docent.core.intent.IntentModel;
import dev.docent.core.intent.IntentScores;
import dev.docent.core.intent.OutOfScopeDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Sets up the out-of-scope detector on the validation split: the in-scope rows give the mean and
 * spread of both signals, and the threshold is the one with the best harmonic mean of in-scope
 * accuracy and out-of-scope recall, so neither is bought entirely with the other.
 */
final class OutOfScopeCalibration {

    private OutOfScopeCalibration() {
    }

    static OutOfScopeDetector calibrate(IntentModel model, float[] prototypes, EmbeddedSplit validation) {
        int dims = model.encoder().dimensions();
        List<Double> confidences = new ArrayList<>();
        List<Double> similarities = new ArrayList<>();
        OutOfScopeDetector unscaled = new OutOfScopeDetector(dims, prototypes, 0, 1, 0, 1, Double.NEGATIVE_INFINITY);
        IntentModel plain = model.withOutOfScope(java.util.Optional.empty());
        for (int i = 0; i < validation.size(); i++) {
            if (!validation.rows().get(i).outOfScope()) {
                confidences.add(plain.score(validation.rows().get(i).text(), validation.embeddings()[i]).confidence());
                similarities.add(unscaled.nearestSimilarity(validation.embeddings()[i]));
            }
        }
        OutOfScopeDetector detector = new OutOfScopeDetector(dims, prototypes, mean(confidences), spread(confidences),
                mean(similarities), spread(similarities), Double.NEGATIVE_INFINITY);

        int rows = validation.size();
        double[] score = new double[rows];
        boolean[] rightIfKept = new boolean[rows];
        boolean[] alwaysOut = new boolean[rows];
        int inScope = 0;
        for (int i = 0; i < rows; i++) {
            LabelledText row = validation.rows().get(i);
            IntentScores scores = plain.score(row.text(), validation.embeddings()[i]);
            score[i] = detector.inScopeScore(scores.confidence(), validation.embeddings()[i]);
            alwaysOut[i] = scores.outOfScope();
            rightIfKept[i] = scores.label().equals(row.label());
            inScope += row.outOfScope() ? 0 : 1;
        }
        int outOfScope = rows - inScope;
        TreeSet<Double> candidates = new TreeSet<>();
        for (double s : score) {
            candidates.add(s);
        }
        double bestThreshold = Double.NEGATIVE_INFINITY;
        double bestBalance = -1;
        for (double threshold : candidates) {
            int kept = 0;
            int caught = 0;
            for (int i = 0; i < rows; i++) {
                boolean out = alwaysOut[i] || score[i] < threshold;
                if (validation.rows().get(i).outOfScope()) {
                    caught += out ? 1 : 0;
                } else if (!out && rightIfKept[i]) {
                    kept++;
                }
            }
            double accuracy = inScope == 0 ? 1 : (double) kept / inScope;
            double recall = outOfScope == 0 ? 1 : (double) caught / outOfScope;
            double balance = accuracy + recall == 0 ? 0 : 2 * accuracy * recall / (accuracy + recall);
            if (balance > bestBalance) {
                bestBalance = balance;
                bestThreshold = threshold;
            }
        }
        return detector.withThreshold(bestThreshold);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double spread(List<Double> values) {
        double mean = mean(values);
        double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
        return Math.max(Math.sqrt(variance), 1e-6);
    }
}
