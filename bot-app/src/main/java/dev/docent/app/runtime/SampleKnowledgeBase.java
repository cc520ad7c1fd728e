package dev.docent.app.runtime;

import dev.docent.indexer.source.DirectorySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The bundled sample: the documentation of Formwell, a fictional forms SaaS, so that Docent
 * answers something useful before anyone has indexed their own docs. Read straight from the
 * application's jar (or its classes directory when run from the build).
 */
public final class SampleKnowledgeBase {

    public static final String NAME = "sample";
    public static final String BASE_URL = "https://docs.formwell.example/";
    private static final String DOCS = "/sample-kb/docs";

    private SampleKnowledgeBase() {
    }

    public static DirectorySource source() {
        return new DirectorySource(docsDirectory(), BASE_URL);
    }

    static Path docsDirectory() {
        URL url = SampleKnowledgeBase.class.getResource(DOCS);
        if (url == null) {
            throw new IllegalStateException("The sample knowledge base is missing from the application (" + DOCS + ")");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            return jarFileSystem(uri).provider().getPath(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot open the bundled sample knowledge base: " + e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
