package dev.docent.indexer.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Embeds passages on a fixed number of threads (one per core by default), each thread embedding
 * one text at a time: a call for one document's chunks runs on one thread, so as many documents
 * are embedded at once as there are threads. Measured on the 2-core build machine (README,
 * "Indexing"): this beats the model's own {@code embedAll} and batches of padded texts; more
 * threads than cores is slower again.
 */
public final class ChunkEmbedder implements AutoCloseable {

    private final EmbeddingModel model;
    private final int threads;
    private final ExecutorService pool;

    public ChunkEmbedder(EmbeddingModel model, int threads) {
        this.model = model;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("embed-", 0).factory());
    }

    public int threads() {
        return threads;
    }

    /** Embeds the texts in order on one of the embedding threads. */
    public CompletableFuture<List<float[]>> embed(List<String> texts) {
        return CompletableFuture.supplyAsync(() -> {
            List<float[]> vectors = new ArrayList<>(texts.size());
            for (String text : texts) {
                vectors.add(model.embed(text).content().vector());
            }
            return vectors;
        }, pool);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
