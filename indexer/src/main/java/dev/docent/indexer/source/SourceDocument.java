package dev.docent.indexer.source;

import java.io.IOException;

/**
 * One document of a knowledge base's source, read lazily: listing a source must stay cheap even
 * when reading every document is not.
 *
 * @param id   stable within the knowledge base (a path relative to the source root)
 * @param url  where a reader finds the published page, without anchor
 */
public record SourceDocument(String id, String url, ContentReader content) {

    /** Reads the document's bytes when the indexer gets to it. */
    @FunctionalInterface
    public interface ContentReader {
        byte[] read() throws IOException;
    }

    public String extension() {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? "" : id.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
