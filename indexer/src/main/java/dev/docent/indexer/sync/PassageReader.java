package dev.docent.indexer.sync;

import dev.docent.indexer.chunk.Chunk;
import dev.docent.indexer.chunk.SectionChunker;
import dev.docent.indexer.parse.DocumentParser;
import dev.docent.indexer.parse.ParsedDocument;
import dev.docent.indexer.parse.UnreadableDocumentException;
import java.util.List;

/**
 * Reads a page's bytes into its passages: parsed, then chunked. Most readers walk a page's markup recursively, so
 * markup nested thousands deep - forty thousand nested quotes, R help's {@code \code{} twenty thousand times, a
 * generator's runaway output - overflows a worker's stack; such a page is read again on a thread of its own whose
 * stack holds it ({@link #DEEP_STACK}), and fails only if that overflows too.
 */
public final class PassageReader {

    /** Reserved, not committed: a thread only takes the memory its calls reach. */
    static final long DEEP_STACK = 64L << 20;

    private final SectionChunker chunker;

    public PassageReader(SectionChunker chunker) {
        this.chunker = chunker;
    }

    /**
     * @param url the page's URL, unless the page names its own
     * @throws StackOverflowError when the page nests too deeply even for the deep stack
     */
    public List<Chunk> read(DocumentParser parser, byte[] content, String documentId, String fallbackTitle, String url)
            throws UnreadableDocumentException {
        try {
            return passages(parser, content, documentId, fallbackTitle, url);
        } catch (StackOverflowError e) {
            return onDeepStack(parser, content, documentId, fallbackTitle, url);
        }
    }

    private List<Chunk> passages(DocumentParser parser, byte[] content, String documentId, String fallbackTitle, String url)
            throws UnreadableDocumentException {
        ParsedDocument parsed = parser.parse(content, fallbackTitle);
        return chunker.chunk(documentId, parsed.url() != null ? parsed.url() : url, parsed);
    }

    private List<Chunk> onDeepStack(DocumentParser parser, byte[] content, String documentId, String fallbackTitle, String url)
            throws UnreadableDocumentException {
        Object[] outcome = new Object[1];
        Thread deep = new Thread(null, () -> {
            try {
                outcome[0] = passages(parser, content, documentId, fallbackTitle, url);
            } catch (Exception | StackOverflowError e) {
                outcome[0] = e;
            }
        }, "deep-page", DEEP_STACK);
        deep.start();
        try {
            deep.join();
        } catch (InterruptedException e) {
            deep.interrupt();
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("reading was interrupted");
        }
        return switch (outcome[0]) {
            case UnreadableDocumentException e -> throw e;
            case RuntimeException e -> throw e;
            case StackOverflowError e -> throw e;
            case Exception e -> throw new IllegalStateException(e);
            case List<?> passages -> passages.stream().map(Chunk.class::cast).toList();
            default -> throw new IllegalStateException("the page was not read");
        };
    }
}
