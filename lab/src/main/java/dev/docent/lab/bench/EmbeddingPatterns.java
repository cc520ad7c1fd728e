package dev.docent.lab.bench;

import dev.docent.indexer.KnowledgeBaseIndexer;
import dev.docent.indexer.chunk.Chunk;
import dev.docent.indexer.embed.ChunkEmbedder;
import dev.docent.indexer.parse.DocumentParsers;
import dev.docent.indexer.parse.UnreadableDocumentException;
import dev.docent.indexer.source.SourceDocument;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Compares ways of calling the embedding model on the same documents, in short interleaved rounds
 * (alternately forwards and backwards) so that a change in the machine's load touches every pattern
 * alike. Each figure is documents per
 * second (all of a document's chunks embedded).
 */
public final class EmbeddingPatterns {

    /** One way of calling a model: its own {@code embedAll}, or one text per call on {@code threads} threads. */
    public record Pattern(String name, EmbeddingModel model, int threads, boolean embedAll) {
    }

    private EmbeddingPatterns() {
    }

    /** Documents per second of each pattern, per round. */
    public static Map<String, List<Double>> measure(List<Pattern> patterns, List<List<String>> documents, int rounds) {
        embed(patterns.getFirst(), documents.subList(0, Math.min(2, documents.size()))); // warm-up, not measured
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            // every other round runs the patterns backwards, so a load that drifts during a round favours none
            List<Pattern> order = round % 2 == 0 ? patterns : patterns.reversed();
            for (Pattern pattern : order) {
                double seconds = embed(pattern, documents);
                rates.computeIfAbsent(pattern.name(), k -> new ArrayList<>()).add(documents.size() / seconds);
            }
        }
        return rates;
    }

    private static double embed(Pattern pattern, List<List<String>> documents) {
        long start = System.nanoTime();
        if (pattern.embedAll()) {
            for (List<String> texts : documents) {
                pattern.model().embedAll(texts.stream().map(TextSegment::from).toList());
            }
        } else {
            try (ChunkEmbedder embedder = new ChunkEmbedder(pattern.model(), pattern.threads())) {
                List<CompletableFuture<List<float[]>>> futures = new ArrayList<>();
                for (List<String> texts : documents) {
                    futures.add(embedder.embed(texts));
                }
                CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** {@code size} documents spread evenly over the corpus, as the indexer chunks them. */
    public static List<List<String>> sample(List<SourceDocument> documents, int size) throws IOException {
        var chunker = KnowledgeBaseIndexer.standardChunker();
        DocumentParsers parsers = DocumentParsers.standard();
        int n = Math.min(size, documents.size());
        List<List<String>> sample = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SourceDocument document = documents.get((int) ((long) i * documents.size() / n));
            try {
                var parsed = parsers.forFormat(document.format()).orElseThrow().parse(document.content().read(), document.id());
                sample.add(chunker.chunk(document.id(), document.url(), parsed).stream().map(Chunk::textForEmbedding).toList());
            } catch (UnreadableDocumentException e) {
                // the indexer reports such a document as failed; rates are about documents it embeds
            }
        }
        return sample;
    }
}
