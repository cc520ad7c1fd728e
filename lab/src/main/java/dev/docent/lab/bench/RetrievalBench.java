package dev.docent.lab.bench;

import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.retrieval.HybridRetriever;
import dev.docent.core.retrieval.PassageSearch;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Prepares a BEIR data set on the runtime's Elasticsearch (embeddings from the cache) and benchmarks it. */
public final class RetrievalBench {

    private static final String MODEL = "bge-small-en-v1.5-q";

    private final DocentRuntime runtime;
    private final Path cacheDir;
    private final PrintStream progress;

    public RetrievalBench(DocentRuntime runtime, Path cacheDir, PrintStream progress) {
        this.runtime = runtime;
        this.cacheDir = cacheDir;
        this.progress = progress;
    }

    public RetrievalBenchmark.Result run(BeirDataset dataset, HybridRetriever.Settings settings, boolean keepIndex) {
        BenchIndex index = new BenchIndex(runtime.elasticsearch(), runtime.catalog(), progress);
        String knowledgeBase = BenchIndex.knowledgeBaseFor(dataset);
        if (!index.holds(knowledgeBase, dataset.corpus().size())) {
            List<String> texts = dataset.corpus().stream().map(BenchIndex::textForEmbedding).toList();
            List<float[]> embeddings = new EmbeddingCache(cacheDir, progress).embedAll(MODEL, runtime.queryEmbeddingModel(), texts);
            index.write(knowledgeBase, dataset.corpus(), embeddings);
        }
        try {
            progress.printf("benchmarking %d queries...%n", dataset.queries().size());
            return new RetrievalBenchmark(new PassageSearch(runtime.elasticsearch()),
                    QueryEmbedder.forBge(runtime.queryEmbeddingModel()), settings, runtime.relevance().ranker())
                    .run(knowledgeBase, dataset.queries());
        } finally {
            if (!keepIndex) {
                index.drop(knowledgeBase);
            }
        }
    }
}
