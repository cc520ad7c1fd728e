package dev.docent.core.insights;

import java.util.Arrays;
import java.util.List;

/**
 * Agglomerative clustering with average linkage over unit vectors: the two clusters whose members
 * are most similar on average (mean pairwise cosine) are merged, again and again, while that mean
 * reaches the threshold. The mean pairwise cosine of two clusters is the dot product of their sums
 * over the product of their sizes, so clusters start from sums (of single vectors or of small groups
 * found beforehand) and no pairwise matrix of members is ever built; merging updates similarities
 * by the Lance-Williams rule for average linkage.
 */
final class AverageLinkage {

    private final double threshold;

    AverageLinkage(double threshold) {
        this.threshold = threshold;
    }

    /**
     * @param sums  each starting cluster's sum of unit vectors
     * @param sizes how many vectors each sum holds
     * @return for each starting cluster, the index of the starting cluster it ended up merged into
     */
    int[] merge(List<float[]> sums, List<Integer> sizes) {
        int k = sums.size();
        double[][] similarity = new double[k][k];
        double[] size = new double[k];
        for (int a = 0; a < k; a++) {
            size[a] = sizes.get(a);
            for (int b = 0; b < a; b++) {
                similarity[a][b] = UnitVectors.dot(sums.get(a), sums.get(b)) / (size[a] * sizes.get(b));
                similarity[b][a] = similarity[a][b];
            }
        }
        boolean[] active = new boolean[k];
        Arrays.fill(active, true);
        int[] into = new int[k];
        int[] best = new int[k];
        for (int a = 0; a < k; a++) {
            into[a] = a;
            best[a] = bestPartner(a, similarity, active);
        }
        while (true) {
            int a = -1;
            for (int c = 0; c < k; c++) {
                if (active[c] && best[c] >= 0 && (a < 0 || similarity[c][best[c]] > similarity[a][best[a]])) {
                    a = c;
                }
            }
            if (a < 0 || similarity[a][best[a]] < threshold) {
                break;
            }
            int b = best[a];
            for (int c = 0; c < k; c++) {
                if (active[c] && c != a && c != b) {
                    similarity[a][c] = (size[a] * similarity[a][c] + size[b] * similarity[b][c]) / (size[a] + size[b]);
                    similarity[c][a] = similarity[a][c];
                }
            }
            size[a] += size[b];
            active[b] = false;
            into[b] = a;
            for (int c = 0; c < k; c++) {
                // The merged cluster's similarity lies between its parts': only a row that pointed at
                // one of them can lose its best partner; any row may gain the merged cluster as its best.
                if (!active[c]) {
                    continue;
                }
                if (c == a || best[c] == a || best[c] == b) {
                    best[c] = bestPartner(c, similarity, active);
                } else if (best[c] < 0 || similarity[c][a] > similarity[c][best[c]]) {
                    best[c] = a;
                }
            }
        }
        for (int c = 0; c < k; c++) {
            into[c] = root(into, c);
        }
        return into;
    }

    private static int bestPartner(int a, double[][] similarity, boolean[] active) {
        int best = -1;
        for (int c = 0; c < similarity.length; c++) {
            if (c != a && active[c] && (best < 0 || similarity[a][c] > similarity[a][best])) {
                best = c;
            }
        }
        return best;
    }

    private static int root(int[] into, int c) {
        while (into[c] != c) {
            c = into[c];
        }
        return c;
    }
}
