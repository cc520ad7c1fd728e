package dev.docent.indexer.source;

import dev.docent.indexer.parse.OpenApiParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mintlify's endpoint pages: a page whose front matter names an operation of the site's OpenAPI description
 * ({@code openapi: POST /bookings}, or with the description's file first, {@code openapi: "v2/openapi.json GET /plants"})
 * shows that operation's reference - parameters, body, responses - which its own text seldom repeats; alone it was an
 * empty page. It is read with the operation's reference after its text, and a description whose operations such
 * pages show is no page of its own: the site publishes its operations on those pages, which are the ones to cite.
 */
final class OpenApiEndpointPages {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---", Pattern.DOTALL);
    private static final Pattern OPERATION = Pattern.compile(
            "(?im)^openapi:\\s*[\"']?(?:(\\S+)\\s+)?(get|put|post|patch|delete|head|options|trace)\\s+(/[^\"'\\s]*)[\"']?\\s*$");

    private final Path root;
    private final List<Path> descriptions;

    /** @param descriptions the folder's OpenAPI descriptions */
    OpenApiEndpointPages(Path root, List<Path> descriptions) {
        this.root = root;
        this.descriptions = List.copyOf(descriptions);
    }

    /**
     * The descriptions whose every operation an endpoint page among these files shows. One with an operation no
     * page shows stays a page, though the shown operations are then read twice: better twice than not at all.
     */
    Set<Path> shownDescriptions(List<Path> files) throws IOException {
        Map<Path, Set<String>> shown = new HashMap<>();
        if (descriptions.isEmpty()) {
            return Set.of();
        }
        for (Path file : files) {
            if (isPage(file)) {
                operation(Files.readAllBytes(file)).ifPresent(operation -> locate(operation).ifPresent(located ->
                        shown.computeIfAbsent(located.description(), description -> new HashSet<>()).add(nameOf(operation))));
            }
        }
        Set<Path> wholly = new HashSet<>();
        for (Map.Entry<Path, Set<String>> description : shown.entrySet()) {
            if (description.getValue().containsAll(OpenApiParser.operationNames(Files.readAllBytes(description.getKey())))) {
                wholly.add(description.getKey());
            }
        }
        return wholly;
    }

    private static String nameOf(Matcher operation) {
        return operation.group(2).toUpperCase(Locale.ROOT) + " " + operation.group(3);
    }

    /** The page's content with the reference of the operation its front matter names after its text, or as it is. */
    byte[] expand(Path file, byte[] content) {
        if (descriptions.isEmpty() || !isPage(file)) {
            return content;
        }
        return operation(content).flatMap(this::locate).map(located -> (new String(content, StandardCharsets.UTF_8).stripTrailing()
                + "\n\n" + located.reference()).getBytes(StandardCharsets.UTF_8)).orElse(content);
    }

    private static boolean isPage(Path file) {
        DocumentFormat format = DocumentFormat.ofFileName(file.getFileName().toString()).orElse(null);
        return format == DocumentFormat.MARKDOWN || format == DocumentFormat.MDX;
    }

    private static Optional<Matcher> operation(byte[] content) {
        Matcher frontMatter = FRONT_MATTER.matcher(new String(content, StandardCharsets.UTF_8));
        if (!frontMatter.find()) {
            return Optional.empty();
        }
        Matcher operation = OPERATION.matcher(frontMatter.group(1));
        return operation.find() ? Optional.of(operation) : Optional.empty();
    }

    /** The description that holds the operation: the one the page names, else the first of the folder's that has it. */
    private Optional<Located> locate(Matcher operation) {
        String named = operation.group(1);
        List<Path> candidates = named == null ? descriptions : descriptions.stream()
                .filter(file -> file.equals(root.resolve(named.replaceFirst("^/", "")).normalize())).toList();
        for (Path description : candidates) {
            try {
                Optional<String> reference = OpenApiParser.operationReference(Files.readAllBytes(description), operation.group(2), operation.group(3));
                if (reference.isPresent()) {
                    return Optional.of(new Located(description, reference.get()));
                }
            } catch (IOException e) {
                // An unreadable description is reported when it is read as a page; the endpoint page keeps its own text.
            }
        }
        return Optional.empty();
    }

    private record Located(Path description, String reference) {
    }
}
