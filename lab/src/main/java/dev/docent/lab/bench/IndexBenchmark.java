package dev.docent.lab.bench;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.indexer.KnowledgeBaseIndexer;
import dev.docent.indexer.embed.ChunkEmbedder;
import dev.docent.indexer.source.SourceDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Measures indexing on a corpus: the raw embedding rate of the indexer's model and calling pattern
 * on a sample of the corpus, then a first full index into a scratch knowledge base and a second,
 * unchanged run, with the live heap watched throughout. The raw rate is measured in two halves,
 * before and after the runs, so that a machine whose load changes meanwhile biases it less.
 */
public final class IndexBenchmark {

    private final ElasticsearchConnection elasticsearch;
    private final KnowledgeBaseIndexer indexer;
    private final ChunkEmbedder embedder;

    public IndexBenchmark(ElasticsearchConnection elasticsearch, KnowledgeBaseIndexer indexer, ChunkEmbedder embedder) {
        this.elasticsearch = elasticsearch;
        this.indexer = indexer;
        this.embedder = embedder;
    }

    public IndexBenchResult run(BeirCorpusSource corpus, String scratchKnowledgeBase, int rawSample, ReindexListener progress)
            throws IOException {
        List<SourceDocument> documents = corpus.list();
        List<List<String>> sample = EmbeddingPatterns.sample(documents, rawSample);
        embedAll(sample.subList(0, Math.min(4, sample.size()))); // loads the model and warms the JIT: not measured
        List<List<String>> before = everyOther(sample, 0);
        List<List<String>> after = everyOther(sample, 1);

        deleteScratch(scratchKnowledgeBase);
        try (HeapWatcher heap = new HeapWatcher()) {
            double rawSeconds = embedAll(before);
            ReindexSummary first = indexer.index(scratchKnowledgeBase, corpus, ReindexMode.REBUILD, progress);
            ReindexSummary second = indexer.index(scratchKnowledgeBase, corpus, ReindexMode.INCREMENTAL, progress);
            rawSeconds += embedAll(after);
            double heapPeakMb = heap.peakMb();
            deleteScratch(scratchKnowledgeBase);

            double firstSeconds = first.took().toNanos() / 1e9;
            double secondSeconds = second.took().toNanos() / 1e9;
            int docs = first.documentsIndexed();
            double docsPerSec = docs / firstSeconds;
            double rawEmbedPerSec = sample.size() / rawSeconds;
            return new IndexBenchResult(docs, first.chunksWritten(), docsPerSec, first.chunksWritten() / firstSeconds,
                    rawEmbedPerSec, docsPerSec / rawEmbedPerSec, firstSeconds / secondSeconds, heapPeakMb,
                    firstSeconds, secondSeconds, second.unchanged(), first.failures().size(), sample.size(),
                    embedder.threads(), Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
        }
    }

    /** Embeds each document's chunks as the pipeline does (one call per document, one document per thread); returns seconds. */
    private double embedAll(List<List<String>> documents) {
        long start = System.nanoTime();
        List<CompletableFuture<List<float[]>>> futures = new ArrayList<>();
        for (List<String> texts : documents) {
            futures.add(embedder.embed(texts));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<List<String>> everyOther(List<List<String>> sample, int start) {
        List<List<String>> half = new ArrayList<>();
        for (int i = start; i < sample.size(); i += 2) {
            half.add(sample.get(i));
        }
        return half;
    }

    private void deleteScratch(String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        List<String> indices = List.copyOf(elasticsearch.call(c -> c.indices()
                .get(g -> g.index(alias + "-*").allowNoIndices(true))).indices().keySet());
        if (!indices.isEmpty()) {
            elasticsearch.call(c -> c.indices().delete(d -> d.index(indices)));
        }
    }
}
