package dev.docent.core.retrieval;

import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.IndexedPassage;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
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

    /**
     * How deep each search looks, how the two are fused, how many fused passages come back, and
     * the optional second semantic search ({@link QueryExpansion}).
     */
    public record Settings(int candidatesPerSearch, int knnNumCandidates, int limit, ScoreFusion fusion,
                           QueryExpansion expansion) {

        /** BM25 weight of the z-score fusion, tuned on a held-out half of SciFact's queries (README, "Retrieval"). */
        public static final double LEXICAL_WEIGHT = 0.4;

        public static Settings defaults() {
            return new Settings(50, 100, 8, new ZScoreFusion(LEXICAL_WEIGHT), QueryExpansion.defaults());
        }

        public Settings withLimit(int newLimit) {
            return new Settings(Math.max(candidatesPerSearch, newLimit), knnNumCandidates, newLimit, fusion, expansion);
        }

        public Settings withFusion(ScoreFusion newFusion, QueryExpansion newExpansion) {
            return new Settings(candidatesPerSearch, knnNumCandidates, limit, newFusion, newExpansion);
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
        List<SearchHit> lexicalHits = join(lexical);
        List<RankedPassage> fused = settings.expansion().enabled()
                ? expanded(vector, knowledgeBases, lexicalHits, semantic)
                : settings.fusion().fuse(lexicalHits, semantic, settings.limit());
        long end = System.nanoTime();

        Map<String, Double> timings = new LinkedHashMap<>();
        timings.put("embedMs", millis(start, embedded));
        timings.put("searchMs", millis(embedded, end));
        timings.put("retrieveMs", millis(start, end));
        return new Retrieval(fused, vector, timings);
    }

    /**
     * Pseudo-relevance feedback: the question's vector moved towards the best passages of a first
     * fusion, searched again, and fused with BM25 once more. The order comes from the second search;
     * each passage's semantic score stays the first search's (the closeness to the question itself),
     * because the relevance filter judges absolute closeness and the expanded vector is by
     * construction close to what it was made from.
     */
    private List<RankedPassage> expanded(float[] vector, Set<String> knowledgeBases, List<SearchHit> lexical,
                                         List<SearchHit> semantic) {
        QueryExpansion expansion = settings.expansion();
        List<RankedPassage> first = settings.fusion().fuse(lexical, semantic, expansion.feedbackPassages());
        Map<String, float[]> feedback = join(search.embeddings(first.stream().map(RankedPassage::id).toList(), knowledgeBases));
        if (feedback.isEmpty()) {
            return settings.fusion().fuse(lexical, semantic, settings.limit());
        }
        float[] moved = expansion.expand(vector, first.stream().map(p -> feedback.get(p.id())).filter(v -> v != null).toList());
        List<SearchHit> second = join(search.semantic(
                moved, knowledgeBases, settings.candidatesPerSearch(), settings.knnNumCandidates()));
        Map<String, Double> closeness = new java.util.HashMap<>();
        semantic.forEach(h -> closeness.put(h.id(), h.score()));
        return settings.fusion().fuse(lexical, second, settings.limit()).stream()
                .map(p -> new RankedPassage(p.id(), p.passage(), p.fusedScore(), p.lexicalRank(), p.semanticRank(),
                        closeness.containsKey(p.id()) ? java.util.OptionalDouble.of(closeness.get(p.id()))
                                : java.util.OptionalDouble.empty()))
                .toList();
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

    private static double millis(long fromNanos, long toNanos) {
        return Math.round((toNanos - fromNanos) / 10_000.0) / 100.0;
    }
}
