package dev.docent.lab.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The standard measures of a ranking against relevance judgements, as BEIR and TREC compute them:
 * nDCG with linear gains and a log2 discount, recall at a depth, and the reciprocal rank of the
 * first relevant item.
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** nDCG@k: discounted gain of the ranking over that of the ideal ranking of the judged items. */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            int grade = Math.max(0, grades.getOrDefault(ranked.get(i), 0));
            dcg += grade / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The share of the relevant items found among the first {@code k}. */
    public static double recall(List<String> ranked, Collection<String> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(k).distinct().filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    /** 1 / rank of the first relevant item, 0 when none was ranked. */
    public static double reciprocalRank(List<String> ranked, Collection<String> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** The nearest-rank percentile of values sorted ascending; 0 for none. */
    public static double percentile(double[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
