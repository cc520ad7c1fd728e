package dev.docent.core.retrieval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of hybrid retrieval: the best fused passages with their text, best first; the whole
 * fused ranking (ids only, for measuring retrieval); the question's embedding (which the intent
 * classifier reuses rather than embedding the question a second time); and timings.
 */
public record Retrieval(List<RankedPassage> passages, List<FusedHit> ranking, float[] queryEmbedding,
                        Map<String, Double> timingsMs) {

    public Retrieval {
        passages = List.copyOf(passages);
        ranking = List.copyOf(ranking);
        timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
    }
}
