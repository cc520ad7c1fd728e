package dev.docent.lab.bench;

import dev.docent.core.error.Causes;
import dev.docent.core.error.UserInputException;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passage embeddings of a benchmark corpus, kept on disk: embedding SciFact's 5,183 abstracts
 * takes minutes on two cores, re-reading them takes milliseconds. The file name is a hash of the
 * model and of every text, so a changed corpus (or model) is embedded afresh, never mixed up.
 */
public final class EmbeddingCache {

    private static final int MAGIC = 0x44454d42; // "DEMB"

    private final Path dir;
    private final PrintStream progress;

    public EmbeddingCache(Path dir, PrintStream progress) {
        this.dir = dir;
        this.progress = progress;
    }

    public List<float[]> embedAll(String modelName, EmbeddingModel model, List<String> texts) {
        Path file = dir.resolve(modelName + "-" + fingerprint(modelName, texts) + ".f32");
        if (Files.isRegularFile(file)) {
            return read(file, texts.size());
        }
        List<float[]> vectors = embed(model, texts);
        write(file, vectors);
        return vectors;
    }

    private List<float[]> embed(EmbeddingModel model, List<String> texts) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("bench-embed-", 0).factory());
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (String text : texts) {
                futures.add(pool.submit(() -> {
                    float[] vector = model.embed(text).content().vector();
                    int n = done.incrementAndGet();
                    if (n % 500 == 0 || n == texts.size()) {
                        progress.printf("embedded %,d of %,d passages%n", n, texts.size());
                    }
                    return vector;
                }));
            }
            List<float[]> vectors = new ArrayList<>(texts.size());
            for (Future<float[]> future : futures) {
                vectors.add(future.get());
            }
            return vectors;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while embedding the corpus", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The embedding model failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<float[]> read(Path file, int count) {
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
            if (data.readInt() != MAGIC || data.readInt() != count) {
                throw new UserInputException(file + " is not an embedding cache of this corpus: delete it");
            }
            int dims = data.readInt();
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] vector = new float[dims];
                for (int d = 0; d < dims; d++) {
                    vector[d] = data.readFloat();
                }
                vectors.add(vector);
            }
            return vectors;
        } catch (IOException e) {
            throw new UserInputException("Cannot read the embedding cache " + file + ": " + Causes.describe(e)
                    + " (delete it, or choose another with --embedding-cache <dir>)", e);
        }
    }

    private static void write(Path file, List<float[]> vectors) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial);
                 DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16))) {
                data.writeInt(MAGIC);
                data.writeInt(vectors.size());
                data.writeInt(vectors.isEmpty() ? 0 : vectors.getFirst().length);
                for (float[] vector : vectors) {
                    for (float v : vector) {
                        data.writeFloat(v);
                    }
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserInputException("Cannot write the embedding cache " + file + ": " + Causes.describe(e)
                    + " (choose another with --embedding-cache <dir>)", e);
        }
    }

    private static String fingerprint(String modelName, List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modelName.getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
