package dev.docent.lab.intents.training;

import dev.docent.core.intent.IntentModel;
import java.util.List;
import java.util.Optional;

/**
 * Chooses, on the validation split, how much the lexical expert counts (the weight with the best
 * accuracy, ties to the lower log-loss) and then the temperature that makes the probabilities
 * honest (the lowest log-loss, by golden-section search): a message called "billing" at 0.8 should
 * be billing about four times in five.
 */
final class Calibration {

    private static final double WEIGHT_STEP = 0.05;
    private static final double MAX_WEIGHT = 0.8;

    record Choice(double lexicalWeight, double temperature) {
    }

    private Calibration() {
    }

    static Choice choose(List<float[]> semanticLog, List<Optional<float[]>> lexicalLog, int[] truth) {
        double bestWeight = 0;
        if (lexicalLog.stream().allMatch(Optional::isPresent)) {
            double bestAccuracy = -1;
            double bestLoss = Double.POSITIVE_INFINITY;
            for (int step = 0; step * WEIGHT_STEP <= MAX_WEIGHT + 1e-9; step++) {
                double weight = step * WEIGHT_STEP;
                double[] quality = quality(semanticLog, lexicalLog, truth, weight, 1);
                if (quality[0] > bestAccuracy || (quality[0] == bestAccuracy && quality[1] < bestLoss)) {
                    bestAccuracy = quality[0];
                    bestLoss = quality[1];
                    bestWeight = weight;
                }
            }
        }
        double weight = bestWeight;
        double low = Math.log(0.05);
        double high = Math.log(20);
        double golden = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 60; i++) {
            double a = high - golden * (high - low);
            double b = low + golden * (high - low);
            if (quality(semanticLog, lexicalLog, truth, weight, Math.exp(a))[1]
                    <= quality(semanticLog, lexicalLog, truth, weight, Math.exp(b))[1]) {
                high = b;
            } else {
                low = a;
            }
        }
        return new Choice(weight, Math.exp((low + high) / 2));
    }

    /** {accuracy, mean log-loss}. */
    private static double[] quality(List<float[]> semanticLog, List<Optional<float[]>> lexicalLog, int[] truth,
                                    double weight, double temperature) {
        int correct = 0;
        double loss = 0;
        for (int i = 0; i < truth.length; i++) {
            float[] p = IntentModel.softmax(IntentModel.mix(semanticLog.get(i), lexicalLog.get(i), weight, temperature));
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            correct += best == truth[i] ? 1 : 0;
            loss -= Math.log(Math.max(p[truth[i]], 1e-12));
        }
        return new double[] {(double) correct / truth.length, loss / truth.length};
    }
}
