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
 * and put both on one scale. A passage one search did not return counts as that search's lowest
 * score: it was at best as good as the last passage returned.
 */
public final class ZScoreFusion implements ScoreFusion {

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
    public List<FusedHit> fuse(List<SearchHit> lexical, List<SearchHit> semantic, int limit) {
        double[] lexicalZ = zScores(lexical);
        double[] semanticZ = zScores(semantic);
        double lexicalFloor = min(lexicalZ);
        double semanticFloor = min(semanticZ);

        Map<String, Builder> byId = new LinkedHashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            SearchHit hit = lexical.get(i);
            Builder b = byId.computeIfAbsent(hit.id(), id -> new Builder(hit));
            b.lexicalRank = i + 1;
            b.lexical = lexicalZ[i];
        }
        for (int i = 0; i < semantic.size(); i++) {
            SearchHit hit = semantic.get(i);
            Builder b = byId.computeIfAbsent(hit.id(), id -> new Builder(hit));
            b.semanticRank = i + 1;
            b.semanticScore = hit.score();
            b.semantic = semanticZ[i];
        }
        List<FusedHit> fused = new ArrayList<>(byId.size());
        for (Builder b : byId.values()) {
            double l = b.lexicalRank > 0 ? b.lexical : lexicalFloor;
            double s = b.semanticRank > 0 ? b.semantic : semanticFloor;
            fused.add(b.build(lexicalWeight * l + (1 - lexicalWeight) * s));
        }
        fused.sort(Comparator.comparingDouble(FusedHit::fusedScore).reversed());
        return fused.size() > limit ? List.copyOf(fused.subList(0, limit)) : fused;
    }

    private static double[] zScores(List<SearchHit> hits) {
        double[] z = new double[hits.size()];
        if (hits.isEmpty()) {
            return z;
        }
        double mean = hits.stream().mapToDouble(SearchHit::score).average().orElse(0);
        double variance = hits.stream().mapToDouble(h -> (h.score() - mean) * (h.score() - mean)).average().orElse(0);
        double deviation = Math.sqrt(variance);
        for (int i = 0; i < z.length; i++) {
            // One hit, or all scores equal: every hit is as good as the others, so all sit at 0.
            z[i] = deviation > 1e-9 ? (hits.get(i).score() - mean) / deviation : 0;
        }
        return z;
    }

    private static double min(double[] values) {
        double min = 0;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
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

        FusedHit build(double score) {
            return new FusedHit(hit.id(), hit.documentId(), score,
                    lexicalRank > 0 ? OptionalInt.of(lexicalRank) : OptionalInt.empty(),
                    semanticRank > 0 ? OptionalInt.of(semanticRank) : OptionalInt.empty(),
                    semanticScore != null ? OptionalDouble.of(semanticScore) : OptionalDouble.empty());
        }
    }
}
