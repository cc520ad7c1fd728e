package dev.docent.lab.bench;

import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.intent.Encoder;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.PassageSearch;
import dev.docent.lab.embedding.CachedEmbedder;
import dev.docent.lab.embedding.EmbeddingCache;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Prepares a BEIR data set on the runtime's Elasticsearch (embeddings from the cache) and benchmarks it. */
public final class RetrievalBench {

    /** Passages are embedded as the indexer embeds them: the in-process bge-small, no instruction. */
    private static final Encoder PASSAGES = new Encoder(Encoder.BGE_SMALL_EN_V15_Q.name(), "",
            Encoder.BGE_SMALL_EN_V15_Q.dimensions());

    private final DocentRuntime runtime;
    private final Path cacheDir;
    private final PrintStream progress;

    public RetrievalBench(DocentRuntime runtime, Path cacheDir, PrintStream progress) {
        this.runtime = runtime;
        this.cacheDir = cacheDir;
        this.progress = progress;
    }

    public RetrievalBenchmark.Result run(BeirDataset dataset, HybridRetriever.Settings settings, int warmUpQueries, boolean keepIndex) {
        BenchIndex index = new BenchIndex(runtime.elasticsearch(), runtime.catalog(), progress);
        String knowledgeBase = BenchIndex.knowledgeBaseFor(dataset);
        if (!index.holds(knowledgeBase, dataset.corpus().size())) {
            List<String> texts = dataset.corpus().stream().map(BenchIndex::textForEmbedding).toList();
            index.write(knowledgeBase, dataset.corpus(), embed(texts));
        }
        try {
            progress.printf("benchmarking %d queries...%n", dataset.queries().size());
            return new RetrievalBenchmark(new PassageSearch(runtime.elasticsearch()),
                    QueryEmbedder.forBge(runtime.queryEmbeddingModel()), settings, runtime.relevance().ranker(), warmUpQueries)
                    .run(knowledgeBase, dataset.queries());
        } finally {
            if (!keepIndex) {
                index.drop(knowledgeBase);
            }
        }
    }

    /** The passages' vectors, from the embedding cache where it has them. */
    private List<float[]> embed(List<String> texts) {
        CachedEmbedder embedder = new CachedEmbedder(new QueryEmbedder(runtime.queryEmbeddingModel(), PASSAGES.instruction()),
                Optional.of(EmbeddingCache.open(cacheDir, PASSAGES)), Runtime.getRuntime().availableProcessors());
        int missing = embedder.missing(texts);
        float[][] vectors = embedder.embed(texts, done -> progress.printf("embedded %,d of %,d passages%n", done, missing));
        return Arrays.asList(vectors);
    }
}
