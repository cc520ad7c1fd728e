package dev.docent.core.grounding;

import dev.docent.core.generation.GeneratedAnswer;
import dev.docent.core.answer.TokenSpend;
import dev.docent.core.relevance.Answerability;
import dev.docent.core.retrieval.RankedPage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verified answer with what it was made from: the pages retrieval ranked (best first), how likely
 * the documentation answers the question, the question's embedding (which the intent classifier
 * reuses), where the time went, and whether it came from the answer cache.
 */
public record GroundedAnswer(GeneratedAnswer answer, List<RankedPage> pages, Answerability answerability,
                             float[] queryEmbedding, Map<String, Double> timingsMs, boolean cached) {

    public GroundedAnswer {
        pages = List.copyOf(pages);
        timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
    }

    public GroundedAnswer withTimings(Map<String, Double> timings) {
        return new GroundedAnswer(answer, pages, answerability, queryEmbedding, timings, cached);
    }

    /** This answer given again from the answer cache: no model was asked, so it cost nothing this time. */
    public GroundedAnswer servedFromCache(Map<String, Double> timings) {
        return new GroundedAnswer(answer.withSpend(TokenSpend.NONE), pages, answerability, queryEmbedding, timings, true);
    }
}
