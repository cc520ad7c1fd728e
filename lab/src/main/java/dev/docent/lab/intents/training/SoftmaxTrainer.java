package dev.docent.lab.intents.training;

import dev.docent.core.intent.LinearLayer;
import dev.docent.core.intent.SparseVector;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Multinomial logistic regression by mini-batch Adam, with class weights, L2 regularisation and
 * early stopping on a validation split (the epoch with the best validation accuracy, ties going
 * to the lower log-loss, is kept). Sparse rows touch only their own weight rows, so thirty
 * thousand n-gram features cost little more than 384 embedding dimensions. Single-threaded with a
 * seeded shuffle: the same data gives the same weights, bit for bit.
 */
final class SoftmaxTrainer {

    record Settings(double learningRate, double l2, int batchSize, int maxEpochs, int patience, long seed) {
    }

    record Result(LinearLayer layer, int epochs, double validationAccuracy, double validationLoss) {
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private SoftmaxTrainer() {
    }

    static Result train(List<SparseVector> x, int[] y, float[] rowWeights, int features, int classes,
                        List<SparseVector> validationX, int[] validationY, Settings settings) {
        float[] w = new float[features * classes];
        float[] b = new float[classes];
        float[] mW = new float[w.length];
        float[] vW = new float[w.length];
        float[] mB = new float[classes];
        float[] vB = new float[classes];
        float[] gW = new float[w.length];
        float[] gB = new float[classes];
        int[] touchedAt = new int[features];
        int[] touched = new int[features];
        java.util.Arrays.fill(touchedAt, -1);

        int[] order = new int[x.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        LinearLayer current = new LinearLayer(features, classes, w, b);
        float[] scores = new float[classes];
        long step = 0;
        int batchNumber = 0;

        float[] bestW = w.clone();
        float[] bestB = b.clone();
        double bestAccuracy = -1;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= settings.maxEpochs(); epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += settings.batchSize()) {
                int to = Math.min(order.length, from + settings.batchSize());
                int touchedCount = 0;
                java.util.Arrays.fill(gB, 0);
                for (int n = from; n < to; n++) {
                    int row = order[n];
                    SparseVector xi = x.get(row);
                    current.scores(xi, scores);
                    softmaxInPlace(scores);
                    scores[y[row]] -= 1;
                    float scale = rowWeights[row] / (to - from);
                    for (int k = 0; k < classes; k++) {
                        scores[k] *= scale;
                        gB[k] += scores[k];
                    }
                    int[] indices = xi.indices();
                    float[] values = xi.values();
                    for (int j = 0; j < indices.length; j++) {
                        int feature = indices[j];
                        if (touchedAt[feature] != batchNumber) {
                            touchedAt[feature] = batchNumber;
                            touched[touchedCount++] = feature;
                        }
                        int base = feature * classes;
                        float v = values[j];
                        for (int k = 0; k < classes; k++) {
                            gW[base + k] += v * scores[k];
                        }
                    }
                }
                step++;
                double lr = settings.learningRate() * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step));
                float l2 = (float) settings.l2();
                for (int t = 0; t < touchedCount; t++) {
                    int base = touched[t] * classes;
                    for (int k = base; k < base + classes; k++) {
                        float g = gW[k] + l2 * w[k];
                        gW[k] = 0;
                        mW[k] = (float) (BETA1 * mW[k] + (1 - BETA1) * g);
                        vW[k] = (float) (BETA2 * vW[k] + (1 - BETA2) * g * g);
                        w[k] -= (float) (lr * mW[k] / (Math.sqrt(vW[k]) + EPSILON));
                    }
                }
                for (int k = 0; k < classes; k++) {
                    mB[k] = (float) (BETA1 * mB[k] + (1 - BETA1) * gB[k]);
                    vB[k] = (float) (BETA2 * vB[k] + (1 - BETA2) * gB[k] * gB[k]);
                    b[k] -= (float) (lr * mB[k] / (Math.sqrt(vB[k]) + EPSILON));
                }
                batchNumber++;
            }
            double[] quality = evaluate(current, validationX, validationY, scores);
            if (quality[0] > bestAccuracy || (quality[0] == bestAccuracy && quality[1] < bestLoss)) {
                bestAccuracy = quality[0];
                bestLoss = quality[1];
                bestEpoch = epoch;
                System.arraycopy(w, 0, bestW, 0, w.length);
                System.arraycopy(b, 0, bestB, 0, b.length);
            } else if (epoch - bestEpoch >= settings.patience()) {
                break;
            }
        }
        return new Result(new LinearLayer(features, classes, bestW, bestB), bestEpoch, bestAccuracy, bestLoss);
    }

    /** Accuracy and mean log-loss of the layer on a split. */
    private static double[] evaluate(LinearLayer layer, List<SparseVector> x, int[] y, float[] scores) {
        int correct = 0;
        double loss = 0;
        for (int i = 0; i < x.size(); i++) {
            layer.scores(x.get(i), scores);
            softmaxInPlace(scores);
            int best = 0;
            for (int k = 1; k < scores.length; k++) {
                if (scores[k] > scores[best]) {
                    best = k;
                }
            }
            correct += best == y[i] ? 1 : 0;
            loss -= Math.log(Math.max(scores[y[i]], 1e-12));
        }
        return new double[] {(double) correct / x.size(), loss / x.size()};
    }

    static void softmaxInPlace(float[] scores) {
        float max = Float.NEGATIVE_INFINITY;
        for (float s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = (float) Math.exp(scores[k] - max);
            sum += scores[k];
        }
        for (int k = 0; k < scores.length; k++) {
            scores[k] /= (float) sum;
        }
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
