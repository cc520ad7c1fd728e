package dev.docent.app.config;

import java.nio.file.Path;

/**
 * One thing wrong (or, for a deprecation note, outdated) in docent.yml, where it is.
 *
 * @param line    1-based line of the key or value it is about
 * @param column  1-based column
 * @param key     the key's path, e.g. {@code knowledgeBases.docs.sources[0].delay}
 * @param message what is wrong and, where it can say, how to fix it
 */
public record ConfigProblem(int line, int column, String key, String message) {

    /** {@code <file>:<line>:<column>: <key>: <message>}, the form editors and CI logs understand. */
    public String describe(Path file) {
        return file + ":" + line + ":" + column + ": " + (key.isEmpty() ? "" : key + ": ") + message;
    }
}
