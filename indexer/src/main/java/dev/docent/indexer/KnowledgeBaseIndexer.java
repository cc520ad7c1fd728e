package dev.docent.indexer;

import dev.docent.core.index.IndexedPassage;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.indexer.chunk.Chunk;
import dev.docent.indexer.chunk.SectionChunker;
import dev.docent.indexer.embed.ChunkEmbedder;
import dev.docent.indexer.parse.DocumentParser;
import dev.docent.indexer.parse.DocumentParsers;
import dev.docent.indexer.parse.ParsedDocument;
import dev.docent.indexer.parse.UnreadableDocumentException;
import dev.docent.indexer.progress.IndexingListener;
import dev.docent.indexer.progress.IndexingProgress;
import dev.docent.indexer.progress.IndexingReport;
import dev.docent.indexer.progress.IndexingReport.DocumentFailure;
import dev.docent.indexer.source.DocumentSource;
import dev.docent.indexer.source.SourceDocument;
import dev.docent.indexer.write.PassageWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a knowledge base in line with its source: every readable document is parsed, chunked,
 * embedded and written; passages of documents that left the source are removed; a document that
 * cannot be read is reported and keeps whatever it had in the index before.
 */
public final class KnowledgeBaseIndexer {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseIndexer.class);
    private static final int BATCH_CHUNKS = 64;

    private final KnowledgeBaseCatalog catalog;
    private final DocumentParsers parsers;
    private final SectionChunker chunker;
    private final ChunkEmbedder embedder;
    private final PassageWriter writer;

    public KnowledgeBaseIndexer(KnowledgeBaseCatalog catalog, DocumentParsers parsers, SectionChunker chunker,
                                ChunkEmbedder embedder, PassageWriter writer) {
        this.catalog = catalog;
        this.parsers = parsers;
        this.chunker = chunker;
        this.embedder = embedder;
        this.writer = writer;
    }

    public IndexingReport index(String knowledgeBase, DocumentSource source, IndexingListener listener) {
        long start = System.nanoTime();
        List<SourceDocument> documents = list(source);
        catalog.createIfAbsent(knowledgeBase);

        Run run = new Run(knowledgeBase, documents.size(), start, listener);
        listener.progressed(run.progress());
        for (SourceDocument document : documents) {
            try {
                run.pending.addAll(withHash(chunks(document), hash(document)));
            } catch (UnreadableDocumentException | IOException e) {
                run.fail(new DocumentFailure(document.id(), reason(e)));
            }
            run.documentsDone++;
            if (run.pending.size() >= BATCH_CHUNKS) {
                flush(run);
            }
            listener.progressed(run.progress());
        }
        flush(run);
        int removed = writer.deleteAllExcept(knowledgeBase, run.written, run.failedDocuments);

        IndexingReport report = new IndexingReport(knowledgeBase, source.describe(), documents.size() - run.failures.size(),
                run.written.size(), removed, run.failures, Duration.ofNanos(System.nanoTime() - start));
        log.atInfo()
                .addKeyValue("knowledgeBase", knowledgeBase)
                .addKeyValue("documents", report.documents())
                .addKeyValue("chunks", report.chunks())
                .addKeyValue("removed", removed)
                .addKeyValue("failed", report.failures().size())
                .addKeyValue("tookMs", report.took().toMillis())
                .log("indexed");
        listener.finished(report);
        return report;
    }

    private static List<SourceDocument> list(DocumentSource source) {
        try {
            return source.list();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("Cannot index " + source.describe() + ": it does not exist.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + source.describe() + ": " + e.getMessage(), e);
        }
    }

    private List<Chunk> chunks(SourceDocument document) throws IOException, UnreadableDocumentException {
        DocumentParser parser = parsers.forExtension(document.extension())
                .orElseThrow(() -> new UnreadableDocumentException("unsupported file type '." + document.extension() + "'"));
        ParsedDocument parsed = parser.parse(document.content().read(), fallbackTitle(document.id()));
        return chunker.chunk(document.id(), document.url(), parsed);
    }

    private String hash(SourceDocument document) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.content().read());
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK ships SHA-256", e);
        }
    }

    private static List<HashedChunk> withHash(List<Chunk> chunks, String hash) {
        return chunks.stream().map(c -> new HashedChunk(c, hash)).toList();
    }

    private void flush(Run run) {
        if (run.pending.isEmpty()) {
            return;
        }
        List<float[]> vectors = embedder.embed(run.pending.stream().map(h -> h.chunk().textForEmbedding()).toList());
        List<IndexedPassage> passages = new ArrayList<>(run.pending.size());
        for (int i = 0; i < run.pending.size(); i++) {
            Chunk c = run.pending.get(i).chunk();
            passages.add(new IndexedPassage(run.knowledgeBase, c.documentId(), c.ordinal(), c.title(), c.headings(),
                    c.text(), c.url(), run.pending.get(i).hash(), vectors.get(i)));
        }
        writer.write(run.knowledgeBase, passages);
        passages.forEach(p -> run.written.add(p.id()));
        run.pending.clear();
    }

    private static String fallbackTitle(String documentId) {
        String name = documentId.substring(documentId.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String spaced = base.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String reason(Exception e) {
        return e instanceof UnreadableDocumentException ? e.getMessage() : "could not be read: " + e.getMessage();
    }

    private record HashedChunk(Chunk chunk, String hash) {
    }

    /** The mutable state of one run, kept out of the indexer so that runs never share it. */
    private static final class Run {
        final String knowledgeBase;
        final int documentsTotal;
        final long startNanos;
        final IndexingListener listener;
        final List<HashedChunk> pending = new ArrayList<>();
        final Set<String> written = new HashSet<>();
        final Set<String> failedDocuments = new HashSet<>();
        final List<DocumentFailure> failures = new ArrayList<>();
        int documentsDone;

        Run(String knowledgeBase, int documentsTotal, long startNanos, IndexingListener listener) {
            this.knowledgeBase = knowledgeBase;
            this.documentsTotal = documentsTotal;
            this.startNanos = startNanos;
            this.listener = listener;
        }

        void fail(DocumentFailure failure) {
            failures.add(failure);
            failedDocuments.add(failure.documentId());
            listener.documentFailed(failure);
        }

        IndexingProgress progress() {
            return new IndexingProgress(knowledgeBase, documentsDone, documentsTotal, written.size() + pending.size(),
                    failures.size(), Duration.ofNanos(System.nanoTime() - startNanos));
        }
    }
}
