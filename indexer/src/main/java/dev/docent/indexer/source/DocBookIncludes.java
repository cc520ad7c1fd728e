package dev.docent.indexer.source;

import dev.docent.indexer.parse.XmlDocumentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DocBook page shows what its XIncludes name where it names them: a code sample ({@code <programlisting><xi:include
 * parse="text" href="extras/publican.cfg"/></programlisting>}) as that file's text, and a shared part that is no
 * division of its own (Publican's {@code Permitted_numbers.xml}, an {@code <important>} box several chapters show) as
 * that part. Such a file is no page of its own ({@link #writtenInPages}). An included chapter or section is a page
 * of its own and reads as nothing where a book includes it; so does an include that names part of a file
 * ({@code xpointer}), or a file outside the folder or missing. Parts that include parts are written in up to four deep.
 */
final class DocBookIncludes {

    private static final Pattern INCLUDE = Pattern.compile("<(xi:)?include\\s([^>]{0,1000})>");
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern AS_TEXT = Pattern.compile("\\bparse\\s*=\\s*[\"']text[\"']");
    private static final Pattern PART_OF_A_FILE = Pattern.compile("\\bxpointer\\s*=");
    private static final String XINCLUDE_NAMESPACE = "http://www.w3.org/2001/XInclude";
    private static final long MAX_BYTES = 1 << 20;
    /** Parts include parts; a loop of them stops here, as the other formats' includes do. */
    private static final int MAX_DEPTH = 4;
    /** Parts that each include many parts would multiply a page without end: past this size the rest stay includes. */
    private static final int MAX_PAGE_CHARS = 8 << 20;

    private DocBookIncludes() {
    }

    /** The page with the text and the shared parts it includes written in. */
    static byte[] expand(Path root, Path file, byte[] content) {
        String page = new String(content, StandardCharsets.UTF_8);
        String expanded = expanded(root, file, page, 1);
        return expanded.equals(page) ? content : expanded.getBytes(StandardCharsets.UTF_8);
    }

    /** The text with what it includes written in, and what those parts include in turn, up to {@link #MAX_DEPTH}. */
    private static String expanded(Path root, Path file, String text, int depth) {
        Matcher include = INCLUDE.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (include.find()) {
            boolean asText = isText(include);
            Optional<String> written = included(root, file, include).flatMap(target -> writtenIn(target, asText)
                    .map(part -> asText || depth >= MAX_DEPTH ? part : expanded(root, target, part, depth + 1)))
                    .filter(part -> expanded.length() + part.length() <= MAX_PAGE_CHARS);
            include.appendReplacement(expanded, Matcher.quoteReplacement(written.orElse(include.group())));
        }
        return include.appendTail(expanded).toString();
    }

    /** The files a page includes that are no pages of their own: text, and parts that are no divisions, and what those include. */
    static Set<Path> writtenInPages(Path root, Path file) {
        Set<Path> parts = new LinkedHashSet<>();
        partsOf(root, file, Files.isRegularFile(file) ? read(file).orElse("") : "", 1, parts);
        return parts;
    }

    private static void partsOf(Path root, Path file, String text, int depth, Set<Path> parts) {
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            boolean asText = isText(include);
            Optional<Path> target = included(root, file, include);
            Optional<String> part = target.filter(t -> !asText).flatMap(DocBookIncludes::read).filter(t -> !DocBookFiles.isDivision(t));
            if (target.isPresent() && (asText || part.isPresent()) && parts.add(target.get()) && part.isPresent() && depth < MAX_DEPTH) {
                partsOf(root, target.get(), part.get(), depth + 1, parts);
            }
        }
    }

    private static Optional<Path> included(Path root, Path file, Matcher include) {
        String attributes = include.group(2);
        if (include.group(1) == null && !attributes.contains(XINCLUDE_NAMESPACE) || PART_OF_A_FILE.matcher(attributes).find()) {
            return Optional.empty();
        }
        Matcher href = HREF.matcher(attributes);
        if (!href.find()) {
            return Optional.empty();
        }
        String name = href.group(1) != null ? href.group(1) : href.group(2);
        try {
            Path target = file.resolveSibling(name).normalize();
            return name.contains(":") || !target.startsWith(root) || !Files.isRegularFile(target) || target.equals(file)
                    ? Optional.empty() : Optional.of(target);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isText(Matcher include) {
        return AS_TEXT.matcher(include.group(2)).find();
    }

    /** What the include shows: the file's text, escaped; a shared part from its root on; nothing for a division. */
    private static Optional<String> writtenIn(Path target, boolean asText) {
        return read(target).map(text -> {
            if (asText) {
                return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").stripTrailing();
            }
            return DocBookFiles.isDivision(text) ? "" : text.substring(XmlDocumentType.rootStart(text)).strip();
        });
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.size(file) > MAX_BYTES ? Optional.empty() : Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty(); // not UTF-8, or unreadable: the include stays as it was
        }
    }
}
