package dev.docent.core.grounding;

import dev.docent.core.generation.GeneratedAnswer;
import dev.docent.core.retrieval.FusedHit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verified answer with what it was made from: retrieval's fused ranking (best first, ids only),
 * the question's embedding (which the intent classifier reuses), and where the time went.
 */
public record GroundedAnswer(GeneratedAnswer answer, List<FusedHit> ranking, float[] queryEmbedding,
                             Map<String, Double> timingsMs) {

    public GroundedAnswer {
        ranking = List.copyOf(ranking);
        timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
    }

    public GroundedAnswer withTimings(Map<String, Double> timings) {
        return new GroundedAnswer(answer, ranking, queryEmbedding, timings);
    }
}
