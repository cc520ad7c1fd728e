package dev.docent.lab.embedding;

import dev.docent.core.error.Causes;
import dev.docent.core.error.UserInputException;
import dev.docent.core.intent.Encoder;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The lab's one on-disk embedding cache, shared by intent training (messages, embedded as
 * questions: with the query instruction) and the retrieval benchmark (a corpus's passages: no
 * instruction), so that a second run does not spend minutes embedding the same texts again.
 *
 * <p>A directory ({@code DOCENT_HOME/embedding-cache} by default) with one file per encoder and
 * instruction, {@code <encoder>-<first 12 hex digits of the instruction's SHA-256>.embeddings};
 * each entry is the SHA-256 of a text (32 bytes) and its vector (little-endian floats). Entries are
 * only ever appended; a torn last entry (an interrupted run) is ignored. A file is read whole into
 * memory when opened. (Intent training's caches from before the lab keep working: the format is
 * theirs. The retrieval benchmark's old {@code DOCENT_HOME/bench-cache/*.f32} files are not read:
 * its passages are embedded once more, into this cache.)
 */
public final class EmbeddingCache {

    private static final int KEY_BYTES = 32;

    private final Path file;
    private final int dimensions;
    private final Map<String, float[]> vectors = new HashMap<>();

    private EmbeddingCache(Path file, int dimensions) {
        this.file = file;
        this.dimensions = dimensions;
    }

    /** Where the lab's commands keep embeddings unless told otherwise: DOCENT_HOME/embedding-cache. */
    public static Path defaultDirectory(Path docentHome) {
        return docentHome.resolve("embedding-cache");
    }

    /** The cache of {@code encoder}'s vectors (its instruction included) under {@code directory}. */
    public static EmbeddingCache open(Path directory, Encoder encoder) {
        String instruction = HexFormat.of().formatHex(sha256(encoder.instruction())).substring(0, 12);
        EmbeddingCache cache = new EmbeddingCache(
                directory.resolve(encoder.name() + "-" + instruction + ".embeddings"), encoder.dimensions());
        cache.load();
        return cache;
    }

    public Path file() {
        return file;
    }

    public Optional<float[]> get(String text) {
        return Optional.ofNullable(vectors.get(key(text)));
    }

    /** Adds vectors and appends them to the file at once: an interrupted run keeps what it paid for. */
    public synchronized void putAll(Map<String, float[]> embedded) {
        if (embedded.isEmpty()) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate(embedded.size() * (KEY_BYTES + 4 * dimensions)).order(ByteOrder.LITTLE_ENDIAN);
        embedded.forEach((text, vector) -> {
            if (vector.length != dimensions) {
                throw new IllegalStateException("A vector of " + vector.length + " dimensions for " + file
                        + ", which holds vectors of " + dimensions);
            }
            buffer.put(sha256(text));
            for (float v : vector) {
                buffer.putFloat(v);
            }
            vectors.put(key(text), vector);
        });
        buffer.flip();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException e) {
            throw new UserInputException("Cannot write the embedding cache " + file + ": " + Causes.describe(e)
                    + " (choose another with --embedding-cache <dir>)", e);
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        byte[] key = new byte[KEY_BYTES];
        byte[] raw = new byte[4 * dimensions];
        try (InputStream stream = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream, 1 << 16))) {
            while (true) {
                in.readFully(key);
                in.readFully(raw);
                float[] vector = new float[dimensions];
                ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
                vectors.put(HexFormat.of().formatHex(key), vector);
            }
        } catch (EOFException endOfEntries) {
            // the end of the file, or a torn last entry: what was read whole is kept
        } catch (IOException e) {
            throw new UserInputException("Cannot read the embedding cache " + file + ": " + Causes.describe(e)
                    + " (delete it, or choose another with --embedding-cache <dir>)", e);
        }
    }

    private static String key(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
