package dev.docent.lab.bench;

import dev.docent.lab.evaluation.RankingMetrics;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.PassageSearch;
import dev.docent.core.retrieval.PageScorer;
import dev.docent.core.retrieval.RankedPage;
import dev.docent.core.retrieval.ReciprocalRankFusion;
import dev.docent.core.retrieval.SearchHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * BM25, dense and hybrid retrieval side by side on one knowledge base and one set of judged
 * queries: nDCG@10, recall@100, and warm latency per query, the query's embedding included (each
 * method is first run over the queries, uncounted, {@link WarmUp}). Hybrid retrieval runs as the
 * application runs it - pages ranked by the relevance model, the best passages of the top pages
 * read - with 100 candidates per search instead of 50, for recall@100.
 */
public final class RetrievalBenchmark {

    public static final int DEPTH = 100;
    private static final int RRF_K = 60;

    /** One method's figures. */
    public record MethodResult(double ndcg10, double recall100, double p50Ms, double p95Ms) {
    }

    /** What {@code docent bench retrieval --json} prints. */
    public record Result(int queries, Map<String, MethodResult> methods) {
    }

    private final PassageSearch search;
    private final QueryEmbedder embedder;
    private final HybridRetriever.Settings hybridSettings;
    private final PageScorer pageRanker;
    private final int warmUpQueries;

    public RetrievalBenchmark(PassageSearch search, QueryEmbedder embedder, HybridRetriever.Settings hybridSettings,
                              PageScorer pageRanker, int warmUpQueries) {
        this.search = search;
        this.embedder = embedder;
        this.hybridSettings = hybridSettings.withCandidates(DEPTH);
        this.pageRanker = pageRanker;
        this.warmUpQueries = warmUpQueries;
    }

    public Result run(String knowledgeBase, List<BeirDataset.Query> queries) {
        Set<String> scope = Set.of(knowledgeBase);
        HybridRetriever hybrid = new HybridRetriever(search, embedder, hybridSettings, pageRanker);
        HybridRetriever rrf = new HybridRetriever(search, embedder, hybridSettings.withFusion(new ReciprocalRankFusion(RRF_K)),
                PageScorer.BEST_PASSAGE);
        Map<String, Function<String, List<String>>> methods = new LinkedHashMap<>();
        methods.put("bm25", q -> documents(search.lexical(q, scope, DEPTH).join()));
        methods.put("dense", q -> documents(search.semantic(embedder.embed(q), scope, DEPTH, hybridSettings.knnNumCandidates()).join()));
        methods.put("hybrid", q -> rankedDocuments(hybrid.retrieve(q, scope).pages()));
        methods.put("rrf", q -> rankedDocuments(rrf.retrieve(q, scope).pages()));

        Map<String, MethodResult> results = new LinkedHashMap<>();
        methods.forEach((name, method) -> results.put(name, measure(method, queries, warmUpQueries)));
        return new Result(queries.size(), results);
    }

    private static MethodResult measure(Function<String, List<String>> method, List<BeirDataset.Query> queries, int warmUpQueries) {
        WarmUp.passes(queries, warmUpQueries, q -> method.apply(q.text()));
        double ndcg = 0;
        double recall = 0;
        double[] latencies = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            BeirDataset.Query query = queries.get(i);
            long start = System.nanoTime();
            List<String> ranked = method.apply(query.text());
            latencies[i] = (System.nanoTime() - start) / 1e6;
            ndcg += RankingMetrics.ndcg(ranked, query.relevance(), 10);
            recall += RankingMetrics.recall(ranked, relevant(query), DEPTH);
        }
        java.util.Arrays.sort(latencies);
        int n = queries.size();
        return new MethodResult(round(ndcg / n), round(recall / n),
                round(RankingMetrics.percentile(latencies, 50)), round(RankingMetrics.percentile(latencies, 95)));
    }

    private static Set<String> relevant(BeirDataset.Query query) {
        Set<String> relevant = new java.util.HashSet<>();
        query.relevance().forEach((doc, grade) -> {
            if (grade > 0) {
                relevant.add(doc);
            }
        });
        return relevant;
    }

    private static List<String> documents(List<SearchHit> hits) {
        List<String> ids = new ArrayList<>(hits.size());
        hits.forEach(h -> ids.add(h.documentId()));
        return ids;
    }

    private static List<String> rankedDocuments(List<RankedPage> ranking) {
        List<String> ids = new ArrayList<>(ranking.size());
        ranking.forEach(p -> ids.add(p.documentId()));
        return ids;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
