package dev.docent.lab.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.core.error.Causes;
import dev.docent.core.error.UserInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines file - the lab's question sets, training sets and BEIR corpora - one object per
 * non-blank line. A line that is not JSON, or that its reader refuses with a {@link UserInputException},
 * fails the whole file with the file's name and the line's number.
 */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    public static void forEach(Path file, Consumer<JsonNode> line) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("No such file: " + file);
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            forEach(reader, file.toString(), line);
        } catch (IOException e) {
            throw new UserInputException(file + " cannot be read: " + Causes.describe(e), e);
        }
    }

    /** @param name what the lines are, for messages: a file, or "the sample golden set" */
    public static void forEach(BufferedReader reader, String name, Consumer<JsonNode> line) throws IOException {
        int lineNumber = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            lineNumber++;
            if (text.isBlank()) {
                continue;
            }
            try {
                line.accept(JSON.readTree(text));
            } catch (JsonProcessingException e) {
                throw new UserInputException(name + ", line " + lineNumber + ": not JSON", e);
            } catch (UserInputException e) {
                throw new UserInputException(name + ", line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
    }
}
