package dev.docent.core.insights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The embedding of a typical support question: the mean of a broad set of support chat messages'
 * embeddings, shipped with Docent (the resource's header says which messages), loaded once.
 */
final class TypicalQuestion {

    private static final String RESOURCE = "typical-question.txt";

    static final float[] EMBEDDING = load();

    private TypicalQuestion() {
    }

    private static float[] load() {
        try (InputStream in = TypicalQuestion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The typical question's embedding is missing from Docent (" + RESOURCE + ")");
            }
            List<String> values = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            float[] vector = new float[values.size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = Float.parseFloat(values.get(i).strip());
            }
            return vector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
