package dev.docent.core.answer;

import java.util.Objects;
import java.util.Set;

/**
 * How an answer was made, for the support lead's overview rather than for the asker: the knowledge
 * bases searched, whether it came from the answer cache, what its model calls cost, and the
 * question's embedding (retrieval computed it; the docs-gap report groups questions by it).
 */
public record AnswerTrace(Set<String> knowledgeBases, boolean cached, TokenSpend spend, float[] queryEmbedding) {

    public AnswerTrace {
        knowledgeBases = Set.copyOf(knowledgeBases);
        Objects.requireNonNull(spend, "spend");
        queryEmbedding = queryEmbedding == null ? new float[0] : queryEmbedding;
    }

    /** An answer made without the pipeline (tests, stand-ins): nothing searched, nothing spent. */
    public static AnswerTrace none() {
        return new AnswerTrace(Set.of(), false, TokenSpend.NONE, new float[0]);
    }
}
