package dev.docent.core.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.PageReference;
import dev.docent.core.intent.HalfFloats;
import java.util.List;

/**
 * What the answer log keeps about an answer beyond {@link AnsweredQuestion}, for the support lead:
 * how long it took, whether the answer cache served it, what its model calls cost (tokens, and the
 * estimated price when one is configured), the pages it cited (by {@link PageReference#key}) and
 * the pages retrieval found, and the question's embedding, which the docs-gap report groups
 * questions by (half-precision floats in base64: a quarter of the size of a JSON array of numbers,
 * which the report reads by the thousand). Records written before Docent kept these read as zeros,
 * empty lists and no embedding.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnswerFacts(
        double latencyMs,
        boolean cached,
        long inputTokens,
        long outputTokens,
        Double costUsd,
        List<String> citedPages,
        List<PageReference> retrievedPages,
        String embedding) {

    /** Retrieval's top pages are kept: enough to say where Docent looked, without a copy of every hit. */
    static final int RETRIEVED_PAGES_KEPT = 5;

    public AnswerFacts {
        citedPages = citedPages == null ? List.of() : List.copyOf(citedPages);
        retrievedPages = retrievedPages == null ? List.of() : List.copyOf(retrievedPages);
    }

    static AnswerFacts of(Answer answer) {
        var spend = answer.trace().spend();
        return new AnswerFacts(
                answer.timingsMs().getOrDefault("totalMs", 0.0),
                answer.trace().cached(),
                spend.inputTokens(),
                spend.outputTokens(),
                spend.costUsd().isPresent() ? spend.costUsd().getAsDouble() : null,
                answer.citations().stream().map(c -> PageReference.key(c.knowledgeBase(), c.documentId())).distinct().toList(),
                answer.retrieved().pages().stream().limit(RETRIEVED_PAGES_KEPT).toList(),
                answer.trace().queryEmbedding().length == 0 ? null : HalfFloats.encode(answer.trace().queryEmbedding()));
    }
}
