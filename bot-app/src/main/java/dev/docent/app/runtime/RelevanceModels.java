package dev.docent.app.runtime;

import dev.docent.app.config.InvalidConfigException;
import dev.docent.core.relevance.RelevanceModel;
import dev.docent.core.relevance.RelevanceModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the relevance model docent.yml names, with an error that says which file and why. */
final class RelevanceModels {

    private RelevanceModels() {
    }

    static RelevanceModel read(String file) {
        Path path = Path.of(file);
        try (InputStream in = Files.newInputStream(path)) {
            return RelevanceModelFile.read(in, file);
        } catch (IOException e) {
            throw new InvalidConfigException("relevanceModel: cannot read " + file + ": " + e.getMessage());
        }
    }
}
