package dev.docent.indexer.chunk;

import java.util.List;

/**
 * A retrievable piece of a document with everything its citation needs: the document's title,
 * the heading path inside it, and a URL that lands on the section.
 */
public record Chunk(String documentId, int ordinal, String title, List<String> headings, String url, String text) {

    public Chunk {
        headings = List.copyOf(headings);
    }

    /**
     * What the embedding model reads: the passage in the context of its page and section. A change
     * here changes {@link dev.docent.core.index.IndexSchema#EMBEDDED_AS}, or reindexing would keep
     * vectors of what was read before.
     */
    public String textForEmbedding() {
        String path = headings.isEmpty() ? title : title + " > " + String.join(" > ", headings);
        return path + "\n\n" + text;
    }
}
