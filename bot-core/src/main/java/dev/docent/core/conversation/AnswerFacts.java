package dev.docent.core.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.PageReference;
import java.util.List;

/**
 * What the answer log keeps about an answer beyond {@link AnsweredQuestion}, for the support lead:
 * how long it took, whether the answer cache served it, what its model calls cost (tokens, and the
 * estimated price when one is configured), the pages it cited (by {@link PageReference#key}) and
 * the pages retrieval found, and the question's embedding, which the docs-gap report groups
 * questions by. Records written before Docent kept these read as zeros and empty lists.
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
        float[] embedding) {

    /** Retrieval's top pages are kept: enough to say where Docent looked, without a copy of every hit. */
    static final int RETRIEVED_PAGES_KEPT = 5;

    public AnswerFacts {
        citedPages = citedPages == null ? List.of() : List.copyOf(citedPages);
        retrievedPages = retrievedPages == null ? List.of() : List.copyOf(retrievedPages);
        embedding = embedding == null ? new float[0] : embedding;
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
                answer.trace().queryEmbedding());
    }
}
