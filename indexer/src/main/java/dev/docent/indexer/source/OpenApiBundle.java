package dev.docent.indexer.source;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.docent.indexer.parse.OpenApiParser;
import dev.docent.indexer.parse.UnreadableDocumentException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI description split over files, as Redocly's and Swagger's multi-file layouts write it
 * ({@code /bookings: $ref: paths/bookings.yaml}, {@code $ref: ../components/schemas/Booking.yaml}), read as one: each
 * reference to another file of the folder is replaced by what it points to, and the references within that file are
 * resolved against it; a reference to a Markdown file (Redocly's {@code description: $ref: ./intro.md}) or a code sample
 * is that file's text. Read from its root alone, the reference named the files its operations were in and nothing
 * else. A reference to a file outside the folder, a missing or unreadable one, one that leads back to where it is,
 * and those past a budget of nodes stay as written, shown by name; a description without such references is read as
 * its bytes are.
 */
final class OpenApiBundle {

    /** Nodes written in from other files, at most: shared schemas are written in where each is used. */
    private static final int MAX_NODES = 1_000_000;
    /** A reference to another file: its name, up to a fragment or a scheme's colon. */
    private static final Pattern REFERENCED_FILE = Pattern.compile("\\$ref[\"']?\\s*:\\s*[\"']?([^\\s\"'#:]+)");
    private static final int MAX_SCANNED_FILES = 10_000;
    private static final Pattern STRUCTURED = Pattern.compile("(?i)\\.(?:ya?ml|json)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Path description;
    private final Map<Path, Optional<JsonNode>> files = new HashMap<>();
    private final Deque<String> trail = new ArrayDeque<>();
    private int budget = MAX_NODES;

    private OpenApiBundle(Path root, Path description) {
        this.root = root;
        this.description = description;
    }

    /** The description's content with the files it refers to written in; {@code content} itself when it refers to none. */
    static byte[] expand(Path root, Path description, byte[] content) {
        if (!REFERENCED_FILE.matcher(new String(content, StandardCharsets.UTF_8)).find()) {
            return content;
        }
        try {
            OpenApiBundle bundle = new OpenApiBundle(root, description.toAbsolutePath().normalize());
            bundle.trail.push(bundle.description + "#");
            JsonNode bundled = bundle.written(OpenApiParser.tree(content), bundle.description);
            return JSON.writeValueAsBytes(bundled);
        } catch (UnreadableDocumentException | IOException e) {
            return content; // the parser reports what is wrong with it
        }
    }

    /**
     * The pages a description's references write in (its introduction in Markdown): read in the reference, they are no
     * pages of their own. Found in the text of the description and of the files it refers to, without reading their YAML.
     */
    static Set<Path> writtenInPages(Path root, Path description) {
        Set<Path> pages = new HashSet<>();
        Set<Path> seen = new HashSet<>();
        Deque<Path> toScan = new ArrayDeque<>(List.of(description.toAbsolutePath().normalize()));
        while (!toScan.isEmpty() && seen.size() < MAX_SCANNED_FILES) {
            Path file = toScan.pop();
            if (!seen.add(file)) {
                continue;
            }
            String text;
            try {
                text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            Matcher reference = REFERENCED_FILE.matcher(text);
            while (reference.find()) {
                resolved(file, reference.group(1)).filter(target -> target.startsWith(root) && Files.isRegularFile(target))
                        .ifPresent(target -> {
                            if (STRUCTURED.matcher(target.getFileName().toString()).find()) {
                                toScan.push(target);
                            } else {
                                pages.add(target);
                            }
                        });
            }
        }
        return pages;
    }

    private JsonNode written(JsonNode node, Path file) {
        if (node.isObject()) {
            JsonNode reference = node.get("$ref");
            if (reference != null && reference.isTextual()) {
                Optional<JsonNode> target = referenced(reference.asText(), file, node);
                if (target.isPresent()) {
                    return target.get();
                }
            }
            ObjectNode copy = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                budget--;
                copy.set(field.getKey(), written(field.getValue(), file));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            for (JsonNode element : node) {
                budget--;
                copy.add(written(element, file));
            }
            return copy;
        }
        return node;
    }

    /**
     * What a reference points to, written in; empty to keep the reference: one within the description itself (its
     * parser follows those), or one that cannot or may not be followed. A reference's own summary and description,
     * which OpenAPI 3.1 lets stand beside it, win over the target's.
     */
    private Optional<JsonNode> referenced(String reference, Path file, JsonNode node) {
        int hash = reference.indexOf('#');
        String location = hash < 0 ? reference : reference.substring(0, hash);
        String pointer = hash < 0 ? "" : URLDecoder.decode(reference.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (location.isEmpty() && file.equals(description) || location.contains("://") || budget <= 0) {
            return Optional.empty();
        }
        Optional<Path> resolved = location.isEmpty() ? Optional.of(file) : resolved(file, location);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        Path target = resolved.get();
        String key = target + "#" + pointer;
        if (!target.startsWith(root) || trail.contains(key)) {
            return Optional.empty();
        }
        Optional<JsonNode> found = tree(target).map(parsed -> parsed.at(pointerOf(pointer))).filter(at -> !at.isMissingNode());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        trail.push(key);
        JsonNode written = written(found.get(), target);
        trail.pop();
        if (written instanceof ObjectNode object && node.size() > 1) {
            ObjectNode merged = object.deepCopy();
            node.properties().stream().filter(field -> !field.getKey().equals("$ref"))
                    .forEach(field -> merged.set(field.getKey(), field.getValue()));
            return Optional.of(merged);
        }
        return Optional.of(written);
    }

    /**
     * A reference's file, beside the file that refers to it, its name percent-decoded when only that names a file
     * ({@code paths/users%40%7Busername%7D.yaml} for {@code users@{username}.yaml}); empty for a name no file can have.
     */
    private static Optional<Path> resolved(Path file, String location) {
        try {
            Path written = file.getParent().resolve(location).normalize();
            if (Files.exists(written) || location.indexOf('%') < 0) {
                return Optional.of(written);
            }
            return Optional.of(file.getParent().resolve(URLDecoder.decode(location.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize());
        } catch (IllegalArgumentException e) { // an invalid path, or a stray percent sign
            return Optional.empty();
        }
    }

    private static JsonPointer pointerOf(String pointer) {
        try {
            return JsonPointer.compile(pointer.isEmpty() || pointer.startsWith("/") ? pointer : "/" + pointer);
        } catch (IllegalArgumentException e) {
            return JsonPointer.compile("/\u0000missing");
        }
    }

    /** A YAML or JSON file as a tree; any other (a description in Markdown, a code sample) as its text. */
    private Optional<JsonNode> tree(Path file) {
        return files.computeIfAbsent(file, f -> {
            try {
                byte[] content = Files.readAllBytes(f);
                return Optional.of(STRUCTURED.matcher(f.getFileName().toString()).find() ? OpenApiParser.tree(content)
                        : TextNode.valueOf(new String(content, StandardCharsets.UTF_8)));
            } catch (IOException | UnreadableDocumentException e) {
                return Optional.empty();
            }
        });
    }
}
