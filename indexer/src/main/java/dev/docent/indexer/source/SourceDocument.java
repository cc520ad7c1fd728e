package dev.docent.indexer.source;

import java.io.IOException;

/**
 * One document of a knowledge base's source, read lazily: listing a source must stay cheap even
 * when reading every document is not.
 *
 * @param id     stable within the knowledge base (a path relative to the source root, a page's path)
 * @param url    where a reader finds the published page, without anchor
 * @param format how to parse it (see {@link DocumentFormat}); null when Docent cannot read it
 */
public record SourceDocument(String id, String url, DocumentFormat format, ContentReader content) {

    /** Reads the document's bytes when the indexer gets to it. */
    @FunctionalInterface
    public interface ContentReader {
        byte[] read() throws IOException;
    }
}
