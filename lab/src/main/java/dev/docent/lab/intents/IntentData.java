package dev.docent.lab.intents;

import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.intent.Encoder;
import dev.docent.lab.embedding.CachedEmbedder;
import dev.docent.lab.embedding.EmbeddingCache;
import dev.docent.lab.intents.training.EmbeddedSplit;
import dev.docent.lab.intents.training.LabelledText;
import dev.docent.lab.intents.training.LabelledTextReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads labelled files and embeds them the way Docent embeds questions (bge-small, query
 * instruction included), with the on-disk cache, telling stderr how it goes.
 */
public final class IntentData {

    private final LabelledTextReader reader;
    private final CachedEmbedder embedder;
    private final PrintStream err;

    private IntentData(LabelledTextReader reader, CachedEmbedder embedder, PrintStream err) {
        this.reader = reader;
        this.embedder = embedder;
        this.err = err;
    }

    /** Loads the in-process encoder; {@code cacheDirectory} keeps embeddings between runs. */
    public static IntentData open(LabelledTextReader reader, Optional<Path> cacheDirectory, PrintStream err) {
        Encoder encoder = Encoder.BGE_SMALL_EN_V15_Q;
        Optional<EmbeddingCache> cache = cacheDirectory.map(dir -> EmbeddingCache.open(dir, encoder));
        QueryEmbedder queries = new QueryEmbedder(QueryEmbedder.bgeSmallEnV15(), encoder.instruction());
        return new IntentData(reader, new CachedEmbedder(queries, cache, Runtime.getRuntime().availableProcessors()), err);
    }

    public Encoder encoder() {
        return Encoder.BGE_SMALL_EN_V15_Q;
    }

    public EmbeddedSplit load(Path file) {
        List<LabelledText> rows = reader.read(file);
        List<String> texts = rows.stream().map(LabelledText::text).toList();
        int missing = embedder.missing(texts);
        long start = System.nanoTime();
        if (missing > 0) {
            err.printf("Embedding %d of %d messages of %s ...%n", missing, rows.size(), file.getFileName());
        }
        float[][] vectors = embedder.embed(texts, done -> {
            if (missing > 1_000) {
                err.printf("  %d / %d%n", done, missing);
            }
        });
        if (missing > 0) {
            err.printf("Embedded %d messages in %.1f s.%n", missing, (System.nanoTime() - start) / 1e9);
        }
        err.flush();
        return new EmbeddedSplit(rows, vectors);
    }
}
