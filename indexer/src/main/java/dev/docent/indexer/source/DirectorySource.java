package dev.docent.indexer.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Markdown and text files under a directory (hidden files and folders skipped). A document's
 * id is its path relative to the directory with '/' separators; its URL is {@code baseUrl} + that
 * path without the extension, or a file: URL when no base URL is given.
 */
public final class DirectorySource implements DocumentSource {

    private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "txt");

    private final Path root;
    private final String baseUrl;

    public DirectorySource(Path root, String baseUrl) {
        this.root = root.toAbsolutePath().normalize();
        this.baseUrl = baseUrl;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public List<SourceDocument> list() throws IOException {
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString(), null, "no such directory");
        }
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(this::isVisible)
                    .filter(DirectorySource::isSupported)
                    .sorted()
                    .map(this::document)
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private boolean isVisible(Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSupported(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private SourceDocument document(Path file) {
        String id = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return new SourceDocument(id, url(id, file), () -> Files.readAllBytes(file));
    }

    private String url(String id, Path file) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return file.toUri().toString();
        }
        String withoutExtension = id.substring(0, id.lastIndexOf('.'));
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + withoutExtension;
    }
}
