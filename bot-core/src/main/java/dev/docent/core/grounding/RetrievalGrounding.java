package dev.docent.core.grounding;

import dev.docent.core.generation.AnswerGenerator;
import dev.docent.core.generation.CitationVerifier;
import dev.docent.core.generation.GeneratedAnswer;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.RankedPassage;
import dev.docent.core.retrieval.RelevanceFilter;
import dev.docent.core.retrieval.Retrieval;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hybrid retrieval, then the relevance filter (so unrelated passages never become an answer),
 * then the generator's draft, then the citation verifier - which every answer passes through.
 */
public final class RetrievalGrounding implements Grounding {

    private final HybridRetriever retriever;
    private final RelevanceFilter relevance;
    private final AnswerGenerator generator;
    private final CitationVerifier verifier;

    public RetrievalGrounding(HybridRetriever retriever, RelevanceFilter relevance, AnswerGenerator generator,
                              CitationVerifier verifier) {
        this.retriever = retriever;
        this.relevance = relevance;
        this.generator = generator;
        this.verifier = verifier;
    }

    @Override
    public GroundedAnswer answer(String question, Set<String> knowledgeBases) {
        Retrieval retrieval = retriever.retrieve(question, knowledgeBases);
        List<RankedPassage> relevant = relevance.relevant(question, retrieval.passages());
        long generating = System.nanoTime();
        GeneratedAnswer answer = relevant.isEmpty()
                ? GeneratedAnswer.notFound()
                : verifier.verify(generator.draft(question, relevant));
        Map<String, Double> timings = new LinkedHashMap<>(retrieval.timingsMs());
        timings.put("generateMs", Math.round((System.nanoTime() - generating) / 10_000.0) / 100.0);
        return new GroundedAnswer(answer, retrieval.ranking(), retrieval.queryEmbedding(), timings);
    }
}
