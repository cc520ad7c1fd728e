package dev.docent.indexer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An OpenAPI description whose name does not say so ({@code api.yaml}, {@code reference/payments.json}) is known by
 * its opening: YAML or JSON that declares {@code openapi: 3.1.0} or {@code "swagger": "2.0"} at its top. A project's
 * other YAML and JSON files - site settings, data, translations - are no documentation.
 */
final class ApiDescriptionFiles {

    /** Where the declaration stands in the descriptions generators and people write: at or near the top. */
    private static final int OPENING_BYTES = 4096;
    private static final Pattern DECLARATION = Pattern.compile(
            "(?m)^[\"']?(?:openapi|swagger)[\"']?\\s*:\\s*[\"']?\\d|\"(?:openapi|swagger)\"\\s*:\\s*\"\\d");

    private ApiDescriptionFiles() {
    }

    static boolean declares(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return DECLARATION.matcher(new String(in.readNBytes(OPENING_BYTES), StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return false;
        }
    }
}
