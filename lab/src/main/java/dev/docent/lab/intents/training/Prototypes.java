package dev.docent.lab.intents.training;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A few k-means centres per intent (unit vectors): a compact stand-in for "the nearest training
 * example", so the out-of-scope detector checks a few hundred vectors, not every training row.
 * Seeded k-means++ start, a fixed number of Lloyd rounds: deterministic.
 */
final class Prototypes {

    private static final int ROUNDS = 15;

    private Prototypes() {
    }

    static List<float[]> of(List<float[]> vectors, int count, SplittableRandom random) {
        int k = Math.min(count, vectors.size());
        List<float[]> centres = new ArrayList<>();
        centres.add(vectors.get(random.nextInt(vectors.size())).clone());
        double[] distance = new double[vectors.size()];
        while (centres.size() < k) {
            double total = 0;
            for (int i = 0; i < vectors.size(); i++) {
                distance[i] = nearest(vectors.get(i), centres)[1];
                total += distance[i];
            }
            double pick = random.nextDouble() * total;
            int chosen = vectors.size() - 1;
            for (int i = 0; i < vectors.size(); i++) {
                pick -= distance[i];
                if (pick <= 0) {
                    chosen = i;
                    break;
                }
            }
            centres.add(vectors.get(chosen).clone());
        }
        int dims = vectors.getFirst().length;
        for (int round = 0; round < ROUNDS; round++) {
            double[][] sums = new double[k][dims];
            int[] sizes = new int[k];
            for (float[] v : vectors) {
                int c = (int) nearest(v, centres)[0];
                sizes[c]++;
                for (int d = 0; d < dims; d++) {
                    sums[c][d] += v[d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (sizes[c] > 0) {
                    for (int d = 0; d < dims; d++) {
                        centres.get(c)[d] = (float) (sums[c][d] / sizes[c]);
                    }
                }
            }
        }
        centres.forEach(Prototypes::normalise);
        return centres;
    }

    /** {index of the nearest centre, squared distance to it}. */
    private static double[] nearest(float[] v, List<float[]> centres) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centres.size(); c++) {
            float[] centre = centres.get(c);
            double distance = 0;
            for (int d = 0; d < v.length; d++) {
                double diff = v[d] - centre[d];
                distance += diff * diff;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return new double[] {best, bestDistance};
    }

    private static void normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) norm;
            }
        }
    }
}
