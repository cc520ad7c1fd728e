package dev.docent.core.retrieval;

import dev.docent.core.answer.ElapsedMillis;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.IndexedPassage;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Hybrid retrieval: a BM25 search and a kNN search over the knowledge bases a place may see,
 * fused in Java ({@link ScoreFusion}). The BM25 search is sent before the question is embedded so
 * that Elasticsearch works while the embedding model does.
 */
public final class HybridRetriever {

    /** How deep each search looks, how the two are fused, and how many fused passages come back. */
    public record Settings(int candidatesPerSearch, int knnNumCandidates, int limit, ScoreFusion fusion) {

        /** BM25 weight of the z-score fusion, tuned on a held-out half of SciFact's queries (README, "Retrieval"). */
        public static final double LEXICAL_WEIGHT = 0.4;

        public static Settings defaults() {
            return new Settings(50, 100, 8, new ZScoreFusion(LEXICAL_WEIGHT));
        }

        /** Deeper searches (a benchmark's recall@100 needs 100 candidates); the passages read stay {@code limit}. */
        public Settings withCandidates(int candidates) {
            return new Settings(candidates, Math.max(knnNumCandidates, candidates), limit, fusion);
        }

        public Settings withFusion(ScoreFusion newFusion) {
            return new Settings(candidatesPerSearch, knnNumCandidates, limit, newFusion);
        }
    }

    private final PassageSearch search;
    private final QueryEmbedder embedder;
    private final Settings settings;

    public HybridRetriever(PassageSearch search, QueryEmbedder embedder, Settings settings) {
        this.search = search;
        this.embedder = embedder;
        this.settings = settings;
    }

    public Retrieval retrieve(String question, Set<String> knowledgeBases) {
        long start = System.nanoTime();
        CompletableFuture<List<SearchHit>> lexical =
                search.lexical(question, knowledgeBases, settings.candidatesPerSearch());
        float[] vector = embedder.embed(question);
        long embedded = System.nanoTime();
        List<SearchHit> semantic = join(search.semantic(
                vector, knowledgeBases, settings.candidatesPerSearch(), settings.knnNumCandidates()));
        List<FusedHit> ranking = settings.fusion().fuse(join(lexical), semantic, 2 * settings.candidatesPerSearch());
        List<FusedHit> best = ranking.subList(0, Math.min(settings.limit(), ranking.size()));
        Map<String, IndexedPassage> texts = join(search.passages(best.stream().map(FusedHit::id).toList(), knowledgeBases));
        List<RankedPassage> passages = new ArrayList<>(best.size());
        for (FusedHit hit : best) {
            IndexedPassage passage = texts.get(hit.id());
            if (passage != null) {
                passages.add(hit.with(passage));
            }
        }
        long end = System.nanoTime();

        Map<String, Double> timings = new LinkedHashMap<>();
        timings.put("embedMs", ElapsedMillis.between(start, embedded));
        timings.put("searchMs", ElapsedMillis.between(embedded, end));
        timings.put("retrieveMs", ElapsedMillis.between(start, end));
        return new Retrieval(passages, ranking, vector, timings);
    }

    /** This retriever as a LangChain4j {@link ContentRetriever} over a fixed set of knowledge bases. */
    public ContentRetriever scopedTo(Set<String> knowledgeBases) {
        Set<String> scope = Set.copyOf(knowledgeBases);
        return query -> retrieve(query.text(), scope).passages().stream().map(HybridRetriever::toContent).toList();
    }

    private static Content toContent(RankedPassage ranked) {
        IndexedPassage p = ranked.passage();
        Metadata metadata = new Metadata()
                .put(IndexSchema.KNOWLEDGE_BASE, p.knowledgeBase())
                .put(IndexSchema.DOCUMENT_ID, p.documentId())
                .put(IndexSchema.TITLE, p.title())
                .put(IndexSchema.HEADINGS, p.section())
                .put(IndexSchema.URL, p.url());
        return Content.from(TextSegment.from(p.text(), metadata), Map.of(ContentMetadata.SCORE, ranked.fusedScore()));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
