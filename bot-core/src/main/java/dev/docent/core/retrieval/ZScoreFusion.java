package dev.docent.core.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Score-normalised linear fusion: each search's scores are turned into z-scores (how many
 * standard deviations above that search's mean a passage scored), and the fused score is
 * {@code w * lexical + (1 - w) * semantic}. BM25 scores (tens) and kNN scores ((1 + cos) / 2) live
 * on different scales, and rank fusion ignores the gaps between passages; z-scores keep the gaps
 * and put both on one scale. A search that returns fewer passages than it was asked for - a small
 * knowledge base, a BM25 query whose words few passages contain - is measured as if the missing ones
 * were there with the score of an unrelated passage (BM25 0; kNN {@link #UNRELATED_CLOSENESS}): three
 * matches out of fifty stand far above the rest, and in a one-page knowledge base the page still
 * stands out from text it has nothing to do with. A passage one search did not return counts as
 * that search's lowest score, or as unrelated when the search was padded.
 */
public final class ZScoreFusion implements ScoreFusion {

    /**
     * The kNN score, (1 + cosine) / 2, of a passage unrelated to the question under bge-small-en-v1.5:
     * the median over every passage and question was 0.76 on the sample and 0.82 on the ESLint docs.
     */
    public static final double UNRELATED_CLOSENESS = 0.78;
    private static final double UNMATCHED_BM25 = 0;

    private final double lexicalWeight;

    public ZScoreFusion(double lexicalWeight) {
        if (!(lexicalWeight >= 0 && lexicalWeight <= 1)) {
            throw new IllegalArgumentException("The lexical weight must be between 0 and 1, was " + lexicalWeight);
        }
        this.lexicalWeight = lexicalWeight;
    }

    public double lexicalWeight() {
        return lexicalWeight;
    }

    @Override
    public List<FusedHit> fuse(List<SearchHit> lexical, List<SearchHit> semantic, int depth) {
        Standardised lexicalZ = Standardised.of(lexical, depth, UNMATCHED_BM25);
        Standardised semanticZ = Standardised.of(semantic, depth, UNRELATED_CLOSENESS);
        double lexicalFloor = lexicalZ.floor();
        double semanticFloor = semanticZ.floor();

        Map<String, Builder> byId = new LinkedHashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            SearchHit hit = lexical.get(i);
            Builder b = byId.computeIfAbsent(hit.id(), id -> new Builder(hit));
            b.lexicalRank = i + 1;
            b.lexical = lexicalZ.z()[i];
        }
        for (int i = 0; i < semantic.size(); i++) {
            SearchHit hit = semantic.get(i);
            Builder b = byId.computeIfAbsent(hit.id(), id -> new Builder(hit));
            b.semanticRank = i + 1;
            b.semanticScore = hit.score();
            b.semantic = semanticZ.z()[i];
        }
        List<FusedHit> fused = new ArrayList<>(byId.size());
        for (Builder b : byId.values()) {
            double l = b.lexicalRank > 0 ? b.lexical : lexicalFloor;
            double s = b.semanticRank > 0 ? b.semantic : semanticFloor;
            fused.add(b.build(l, s, lexicalWeight * l + (1 - lexicalWeight) * s));
        }
        fused.sort(Comparator.comparingDouble(FusedHit::fusedScore).reversed());
        return fused.size() > 2 * depth ? List.copyOf(fused.subList(0, 2 * depth)) : fused;
    }

    /** One search's z-scores, and the z-score of a passage it did not return. */
    private record Standardised(double[] z, double floor) {

        static Standardised of(List<SearchHit> hits, int depth, double background) {
            int padding = Math.max(0, depth - hits.size());
            int n = hits.size() + padding;
            double[] z = new double[hits.size()];
            if (n == 0) {
                return new Standardised(z, 0);
            }
            double sum = padding * background;
            for (SearchHit hit : hits) {
                sum += hit.score();
            }
            double mean = sum / n;
            double squares = padding * (background - mean) * (background - mean);
            for (SearchHit hit : hits) {
                squares += (hit.score() - mean) * (hit.score() - mean);
            }
            double deviation = Math.sqrt(squares / n);
            // All scores equal: every passage is as good as the others, so all sit at 0.
            for (int i = 0; i < z.length; i++) {
                z[i] = deviation > 1e-9 ? (hits.get(i).score() - mean) / deviation : 0;
            }
            double floor = padding > 0 ? (deviation > 1e-9 ? (background - mean) / deviation : 0) : 0;
            for (double value : z) {
                floor = Math.min(floor, value);
            }
            return new Standardised(z, floor);
        }
    }

    private static final class Builder {
        private final SearchHit hit;
        private int lexicalRank;
        private int semanticRank;
        private double lexical;
        private double semantic;
        private Double semanticScore;

        Builder(SearchHit hit) {
            this.hit = hit;
        }

        FusedHit build(double lexicalZ, double semanticZ, double score) {
            return new FusedHit(hit, score,
                    lexicalRank > 0 ? OptionalInt.of(lexicalRank) : OptionalInt.empty(),
                    semanticRank > 0 ? OptionalInt.of(semanticRank) : OptionalInt.empty(),
                    lexicalZ, semanticZ,
                    semanticScore != null ? OptionalDouble.of(semanticScore) : OptionalDouble.empty());
        }
    }
}
