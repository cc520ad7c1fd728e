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
 * A listing reads each description once, however many pages show its operations.
 */
final class OpenApiEndpointPages {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---", Pattern.DOTALL);
    private static final Pattern OPERATION = Pattern.compile(
            "(?im)^openapi:\\s*[\"']?(?:(\\S+)\\s+)?(get|put|post|patch|delete|head|options|trace)\\s+(/[^\"'\\s]*)[\"']?\\s*$");

    private final Map<Path, String> referenceByPage = new HashMap<>();
    private final Set<Path> shownDescriptions = new HashSet<>();

    /**
     * @param files        the folder's files, among which its endpoint pages
     * @param descriptions the folder's OpenAPI descriptions
     */
    OpenApiEndpointPages(Path root, List<Path> files, List<Path> descriptions) throws IOException {
        if (descriptions.isEmpty()) {
            return;
        }
        Map<Path, Optional<OpenApiParser.Description>> read = new HashMap<>();
        Map<Path, Set<String>> shownOperations = new HashMap<>();
        for (Path file : files) {
            Optional<Matcher> operation = isPage(file) ? operation(Files.readAllBytes(file)) : Optional.empty();
            if (operation.isEmpty()) {
                continue;
            }
            String named = operation.get().group(1);
            for (Path description : descriptions) {
                if (named != null && !description.equals(root.resolve(named.replaceFirst("^/", "")).normalize())) {
                    continue;
                }
                Optional<String> reference = read.computeIfAbsent(description, d -> read(root, d))
                        .flatMap(api -> api.operationReference(operation.get().group(2), operation.get().group(3)));
                if (reference.isPresent()) {
                    referenceByPage.put(file, reference.get());
                    shownOperations.computeIfAbsent(description, d -> new HashSet<>()).add(nameOf(operation.get()));
                    break;
                }
            }
        }
        // One with an operation no page shows stays a page, its shown operations then read twice: better than not at all.
        shownOperations.forEach((description, shown) -> {
            if (shown.containsAll(read.get(description).orElseThrow().operationNames())) {
                shownDescriptions.add(description);
            }
        });
    }

    /** The descriptions whose every operation an endpoint page shows. */
    Set<Path> shownDescriptions() {
        return shownDescriptions;
    }

    /** The page's content with the reference of the operation its front matter names after its text, or as it is. */
    byte[] expand(Path file, byte[] content) {
        String reference = referenceByPage.get(file);
        return reference == null ? content
                : (new String(content, StandardCharsets.UTF_8).stripTrailing() + "\n\n" + reference).getBytes(StandardCharsets.UTF_8);
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

    private static String nameOf(Matcher operation) {
        return operation.group(2).toUpperCase(Locale.ROOT) + " " + operation.group(3);
    }

    /** An unreadable description is reported when it is read as a page; endpoint pages keep their own text. */
    private static Optional<OpenApiParser.Description> read(Path root, Path description) {
        try {
            return OpenApiParser.Description.read(OpenApiBundle.expand(root, description, Files.readAllBytes(description)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
