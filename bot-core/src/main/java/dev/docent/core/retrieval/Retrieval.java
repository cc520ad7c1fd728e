package dev.docent.core.retrieval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of hybrid retrieval: fused passages, best first; the question's embedding (which
 * the intent classifier reuses rather than embedding the question a second time); and timings.
 */
public record Retrieval(List<RankedPassage> passages, float[] queryEmbedding, Map<String, Double> timingsMs) {

    public Retrieval {
        passages = List.copyOf(passages);
        timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
    }
}
