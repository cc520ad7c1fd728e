package dev.docent.lab.embedding;

import dev.docent.core.embedding.QueryEmbedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Embeds texts through a {@link QueryEmbedder} - for intent training exactly as Docent embeds
 * questions (query instruction included), so that the head learns from the vectors it will be
 * given; for the retrieval benchmark as passages are embedded (no instruction). Texts the
 * cache holds are read from it; the rest are embedded on {@code threads} threads and added to it
 * batch by batch.
 */
public final class CachedEmbedder {

    private static final int CACHE_BATCH = 256;

    private final QueryEmbedder embedder;
    private final Optional<EmbeddingCache> cache;
    private final int threads;

    public CachedEmbedder(QueryEmbedder embedder, Optional<EmbeddingCache> cache, int threads) {
        this.embedder = embedder;
        this.cache = cache;
        this.threads = threads;
    }

    /** The vectors of {@code texts}, in order; {@code progress} hears how many were newly embedded so far. */
    public float[][] embed(List<String> texts, IntConsumer progress) {
        Map<String, float[]> known = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : new LinkedHashSet<>(texts)) {
            cache.flatMap(c -> c.get(text)).ifPresentOrElse(v -> known.put(text, v), () -> missing.add(text));
        }
        if (!missing.isEmpty()) {
            known.putAll(embedMissing(missing, progress));
        }
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = known.get(texts.get(i));
        }
        return vectors;
    }

    public int missing(List<String> texts) {
        return (int) new LinkedHashSet<>(texts).stream().filter(t -> cache.flatMap(c -> c.get(t)).isEmpty()).count();
    }

    private Map<String, float[]> embedMissing(List<String> missing, IntConsumer progress) {
        Map<String, float[]> embedded = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("lab-embed-", 0).factory());
        try {
            for (int from = 0; from < missing.size(); from += CACHE_BATCH) {
                List<String> batch = missing.subList(from, Math.min(missing.size(), from + CACHE_BATCH));
                List<Future<float[]>> futures = new ArrayList<>(batch.size());
                for (String text : batch) {
                    futures.add(pool.submit(() -> embedder.embed(text)));
                }
                Map<String, float[]> done = new LinkedHashMap<>();
                for (int i = 0; i < batch.size(); i++) {
                    done.put(batch.get(i), futures.get(i).get());
                }
                cache.ifPresent(c -> c.putAll(done));
                embedded.putAll(done);
                progress.accept(embedded.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The embedding model failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return embedded;
    }
}
