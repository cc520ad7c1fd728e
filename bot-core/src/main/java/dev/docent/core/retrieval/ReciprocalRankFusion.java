package dev.docent.core.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Fuses a lexical and a semantic ranking by reciprocal rank fusion: score = sum of 1 / (k + rank).
 * It looks at ranks only, which makes it robust and parameter-light, but it throws away how far
 * ahead a passage was: {@link ZScoreFusion} keeps that and measured better (README, "Retrieval").
 */
public final class ReciprocalRankFusion implements ScoreFusion {

    private final int k;

    public ReciprocalRankFusion(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("RRF k must be positive, was " + k);
        }
        this.k = k;
    }

    @Override
    public List<FusedHit> fuse(List<SearchHit> lexical, List<SearchHit> semantic, int depth) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            SearchHit hit = lexical.get(i);
            Builder b = byId.computeIfAbsent(hit.id(), id -> new Builder(hit));
            b.lexicalRank = i + 1;
            b.lexical = 1.0 / (k + i + 1);
        }
        for (int i = 0; i < semantic.size(); i++) {
            SearchHit hit = semantic.get(i);
            Builder b = byId.computeIfAbsent(hit.id(), id -> new Builder(hit));
            b.semanticRank = i + 1;
            b.semanticScore = hit.score();
            b.semantic = 1.0 / (k + i + 1);
        }
        List<Builder> fused = new ArrayList<>(byId.values());
        // Ties (a passage at rank r in one list only vs another at rank r in the other) keep
        // insertion order: lexical first, a stable and explainable choice.
        fused.sort(Comparator.comparingDouble((Builder b) -> b.lexical + b.semantic).reversed());
        return fused.stream().limit(2L * depth).map(Builder::build).toList();
    }

    private static final class Builder {
        private final SearchHit hit;
        private double lexical;
        private double semantic;
        private int lexicalRank;
        private int semanticRank;
        private Double semanticScore;

        Builder(SearchHit hit) {
            this.hit = hit;
        }

        FusedHit build() {
            // Each search's share of the fused score stands in for its normalised score.
            return new FusedHit(
                    hit,
                    lexical + semantic,
                    lexicalRank > 0 ? OptionalInt.of(lexicalRank) : OptionalInt.empty(),
                    semanticRank > 0 ? OptionalInt.of(semanticRank) : OptionalInt.empty(),
                    lexical,
                    semantic,
                    semanticScore != null ? OptionalDouble.of(semanticScore) : OptionalDouble.empty());
        }
    }
}
