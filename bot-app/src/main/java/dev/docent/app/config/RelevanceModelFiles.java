package dev.docent.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.docent.core.error.Causes;
import dev.docent.core.relevance.RelevanceModel;
import dev.docent.core.relevance.RelevanceModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the relevance model file docent.yml names ({@code relevanceModelFile}), with a problem
 * that says which file and what is wrong with it - checked with the rest of the file at start.
 */
public final class RelevanceModelFiles {

    private RelevanceModelFiles() {
    }

    /**
     * @throws InvalidConfigException naming the key, the file and what is wrong with it
     */
    public static RelevanceModel read(String file) {
        try {
            return readOrExplain(file);
        } catch (Problem p) {
            throw new InvalidConfigException("relevanceModelFile: " + p.getMessage());
        }
    }

    /** What is wrong with the file, or null when it is a usable relevance model. */
    static String problem(String file) {
        try {
            readOrExplain(file);
            return null;
        } catch (Problem p) {
            return p.getMessage();
        }
    }

    private static RelevanceModel readOrExplain(String file) throws Problem {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new Problem("'" + file + "' is not a file name");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return RelevanceModelFile.read(in, file);
        } catch (NoSuchFileException e) {
            throw new Problem("no such file: " + file);
        } catch (JsonProcessingException e) {
            throw new Problem(file + " is not a relevance model (not the JSON that 'docent eval --train-relevance' writes)");
        } catch (IOException e) {
            // RelevanceModelFile says in its own words when a file is of another format or for other features
            throw new Problem(e.getClass() == IOException.class ? e.getMessage() : "cannot read " + file + ": " + Causes.describe(e));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(file + " is a damaged relevance model (a part is missing or of the wrong size)");
        }
    }

    /** A file that is not a usable relevance model, said for the user. */
    private static final class Problem extends Exception {

        Problem(String message) {
            super(message, null, false, false);
        }
    }
}
