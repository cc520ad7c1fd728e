package dev.docent.indexer.source;

import dev.docent.indexer.parse.XmlDocumentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DocBook book's pages declare the book's words in a file beside them - Publican's and Red Hat's books name the
 * product in {@code Users_Guide.ent} ({@code <!ENTITY PRODUCT "Publican">}) and read it in every page's document
 * type ({@code <!ENTITY % BOOK_ENTITIES SYSTEM "Users_Guide.ent"> %BOOK_ENTITIES;}). That file's declarations are
 * written into the page where it reads them, so that {@code &PRODUCT;} reads as the product's name. A file outside
 * the folder, or one named by a catalogue ({@code PUBLIC "-//OASIS//ENTITIES DocBook Character Entities V4.5//EN"}),
 * is not read.
 */
final class DocBookEntityFiles {

    private static final Pattern FILE_DECLARATION = Pattern.compile(
            "<!ENTITY\\s+%\\s+([\\w.-]+)\\s+SYSTEM\\s+(?:\"([^\"]*)\"|'([^']*)')\\s*>");
    private static final Pattern REFERENCE = Pattern.compile("%([\\w.-]+);");
    private static final long MAX_BYTES = 1 << 20;

    private DocBookEntityFiles() {
    }

    /** The page with the entity files its document type reads written in where it reads them. */
    static byte[] expand(Path root, Path file, byte[] content) {
        // One byte per char, so that the page's and the files' bytes pass through as they are, whatever their encoding.
        String page = new String(content, StandardCharsets.ISO_8859_1);
        Optional<XmlDocumentType> documentType = XmlDocumentType.of(page);
        if (documentType.isEmpty()) {
            return content;
        }
        String subset = documentType.get().subset(page);
        Map<String, String> files = new HashMap<>();
        Matcher declaration = FILE_DECLARATION.matcher(subset);
        while (declaration.find()) {
            String name = declaration.group(2) != null ? declaration.group(2) : declaration.group(3);
            read(root, file, name).ifPresent(text -> files.putIfAbsent(declaration.group(1), text));
        }
        if (files.isEmpty()) {
            return content;
        }
        String declarations = REFERENCE.matcher(subset).replaceAll(
                reference -> Matcher.quoteReplacement(files.getOrDefault(reference.group(1), reference.group())));
        int start = documentType.get().subsetStart();
        return (page.substring(0, start) + declarations + page.substring(start + subset.length())).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Optional<String> read(Path root, Path file, String name) {
        try {
            Path target = file.resolveSibling(name).normalize();
            if (name.contains(":") || !target.startsWith(root) || !Files.isRegularFile(target) || Files.size(target) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new String(Files.readAllBytes(target), StandardCharsets.ISO_8859_1));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
