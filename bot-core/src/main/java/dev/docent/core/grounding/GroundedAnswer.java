package dev.docent.core.grounding;

import dev.docent.core.generation.GeneratedAnswer;
import dev.docent.core.retrieval.RankedPassage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verified answer with what it was made from: the passages retrieval ranked (best first), the
 * question's embedding (which the intent classifier reuses), and where the time went.
 */
public record GroundedAnswer(GeneratedAnswer answer, List<RankedPassage> retrieved, float[] queryEmbedding,
                             Map<String, Double> timingsMs) {

    public GroundedAnswer {
        retrieved = List.copyOf(retrieved);
        timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
    }

    public GroundedAnswer withTimings(Map<String, Double> timings) {
        return new GroundedAnswer(answer, retrieved, queryEmbedding, timings);
    }
}
