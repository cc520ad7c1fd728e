package dev.docent.core.grounding;

import dev.docent.core.answer.ElapsedMillis;
import dev.docent.core.generation.AnswerGenerator;
import dev.docent.core.generation.CitationVerifier;
import dev.docent.core.generation.GeneratedAnswer;
import dev.docent.core.relevance.Answerability;
import dev.docent.core.relevance.RelevanceModel;
import dev.docent.core.relevance.Verdict;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.RankedPassage;
import dev.docent.core.retrieval.Retrieval;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hybrid retrieval ranks pages; the relevance model judges whether the first one answers the
 * question at all (so that unrelated pages never become an answer); the generator drafts an answer
 * from the page(s) worth citing - never from pages about something else - and the citation verifier
 * checks every answer.
 */
public final class RetrievalGrounding implements Grounding {

    private final HybridRetriever retriever;
    private final RelevanceModel relevance;
    private final AnswerGenerator generator;
    private final CitationVerifier verifier;

    public RetrievalGrounding(HybridRetriever retriever, RelevanceModel relevance, AnswerGenerator generator,
                              CitationVerifier verifier) {
        this.retriever = retriever;
        this.relevance = relevance;
        this.generator = generator;
        this.verifier = verifier;
    }

    @Override
    public GroundedAnswer answer(String question, Set<String> knowledgeBases) {
        Retrieval retrieval = retriever.retrieve(question, knowledgeBases);
        Answerability answerability = relevance.assess(retrieval.query(), retrieval.pages());
        long generating = System.nanoTime();
        List<RankedPassage> passages = relevance.pagesToCite(retrieval.pages()).stream()
                .flatMap(page -> page.passages().stream())
                .toList();
        GeneratedAnswer answer = answerability.verdict() == Verdict.NOT_IN_DOCS || passages.isEmpty()
                ? GeneratedAnswer.notFound()
                : verifier.verify(generator.draft(question, passages));
        Map<String, Double> timings = new LinkedHashMap<>(retrieval.timingsMs());
        timings.put("generateMs", ElapsedMillis.between(generating, System.nanoTime()));
        return new GroundedAnswer(answer, retrieval.pages(), answerability, retrieval.queryEmbedding(), timings, false);
    }

    @Override
    public Set<String> unmentionedNames(String question, Set<String> knowledgeBases) {
        return retriever.unmentionedNames(question, knowledgeBases);
    }

    @Override
    public Set<String> unusedWords(Collection<String> words, Set<String> knowledgeBases) {
        return retriever.unusedWords(words, knowledgeBases);
    }
}
