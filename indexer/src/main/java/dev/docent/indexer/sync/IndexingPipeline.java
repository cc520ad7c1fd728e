package dev.docent.indexer.sync;

import dev.docent.core.index.IndexedPassage;
import dev.docent.core.reindex.ReindexSummary.Failure;
import dev.docent.indexer.chunk.Chunk;
import dev.docent.indexer.chunk.SectionChunker;
import dev.docent.indexer.embed.ChunkEmbedder;
import dev.docent.indexer.parse.DocumentParser;
import dev.docent.indexer.parse.DocumentParsers;
import dev.docent.indexer.parse.UnreadableDocumentException;
import dev.docent.indexer.source.SourceDocument;
import dev.docent.indexer.sync.ProgressTracker.Change;
import dev.docent.indexer.write.PassageWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Reads, parses and chunks documents on the calling thread, embeds them on the embedder's threads
 * and writes them in bulk on a writer thread, all at once: embedding, the slow stage, never waits
 * for the others. At most {@value #CHUNKS_IN_FLIGHT} chunks are between reading and writing at any
 * time, so memory does not grow with the corpus. A document that cannot be read, parsed or
 * embedded, or that Elasticsearch refuses, is reported and the run goes on; Elasticsearch going
 * away stops the run with an exception. A document with no text to index (a navigation stub, a
 * redirect page with front matter only) is not a failure: it is reported empty and written nowhere.
 */
final class IndexingPipeline {

    static final int CHUNKS_IN_FLIGHT = 512;
    private static final int BULK_PASSAGES = 256;
    private static final long BULK_WAIT_MILLIS = 1_000;

    private final DocumentParsers parsers;
    private final SectionChunker chunker;
    private final PassageReader passageReader;
    private final ChunkEmbedder embedder;
    private final PassageWriter writer;

    IndexingPipeline(DocumentParsers parsers, SectionChunker chunker, ChunkEmbedder embedder, PassageWriter writer) {
        this.parsers = parsers;
        this.chunker = chunker;
        this.passageReader = new PassageReader(chunker);
        this.embedder = embedder;
        this.writer = writer;
    }

    /** A document parsed and chunked, on its way to the embedder and the writer. */
    private record Parsed(SourceDocument document, String hash, Change change, IndexedDocument before, List<Chunk> chunks,
                          int permits) {
    }

    private record Embedded(Parsed parsed, List<float[]> vectors, Throwable failure) {
    }

    private record EndOfInput(int documents) {
    }

    /**
     * Sends the documents to {@code index}. With {@code skipUnchanged}, a document whose hash equals
     * the one in {@code indexed} is only counted; otherwise everything is written (a rebuild).
     * A document written over an older version of itself loses the chunks the new one no longer has.
     */
    void run(String knowledgeBase, String index, List<SourceDocument> documents, Map<String, IndexedDocument> indexed,
             boolean skipUnchanged, StoredVectors stored, ProgressTracker progress) {
        Semaphore permits = new Semaphore(CHUNKS_IN_FLIGHT);
        LinkedBlockingQueue<Object> toWrite = new LinkedBlockingQueue<>();
        ExecutorService writerThread = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("index-write-" + knowledgeBase).factory());
        Future<?> writing = writerThread.submit(() -> {
            writeLoop(knowledgeBase, index, toWrite, permits, progress);
            return null;
        });
        try {
            int submitted = 0;
            for (SourceDocument document : documents) {
                checkWriter(writing);
                Parsed parsed = read(document, indexed.get(document.id()), skipUnchanged, progress);
                if (parsed == null) {
                    continue;
                }
                while (!permits.tryAcquire(parsed.permits(), 100, TimeUnit.MILLISECONDS)) {
                    checkWriter(writing);
                }
                vectors(parsed, stored).whenComplete((vectors, failure) -> toWrite.add(new Embedded(parsed, vectors, failure)));
                submitted++;
            }
            toWrite.add(new EndOfInput(submitted));
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing " + knowledgeBase, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            writerThread.shutdownNow();
        }
    }

    /** The stored vectors of the chunks whose input is unchanged, and the others embedded. */
    private CompletableFuture<List<float[]>> vectors(Parsed parsed, StoredVectors stored) {
        List<float[]> vectors = stored.of(parsed.before(), parsed.chunks());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            if (vectors.get(i) == null) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return CompletableFuture.completedFuture(vectors);
        }
        return embedder.embed(missing.stream().map(i -> parsed.chunks().get(i).textForEmbedding()).toList()).thenApply(fresh -> {
            for (int j = 0; j < missing.size(); j++) {
                vectors.set(missing.get(j), fresh.get(j));
            }
            return vectors;
        });
    }

    private static void checkWriter(Future<?> writing) throws ExecutionException, InterruptedException {
        if (writing.isDone()) {
            writing.get(); // throws the writer's failure
            throw new IllegalStateException("The writer stopped before the input ended");
        }
    }

    /** How pages are read into passages: the parsers' and the chunker's versions, part of every content hash. */
    String readAs() {
        return parsers.settings() + "/" + chunker.settings();
    }

    private Parsed read(SourceDocument document, IndexedDocument before, boolean skipUnchanged, ProgressTracker progress) {
        byte[] content;
        try {
            content = document.content().read();
        } catch (IOException e) {
            progress.failed(new Failure(document.id(), "could not be read: " + message(e)));
            return null;
        }
        String hash = ContentHash.of(document, content, readAs());
        Change change = before == null ? Change.ADDED : before.contentHash().equals(hash) ? Change.UNCHANGED : Change.CHANGED;
        if (skipUnchanged && change == Change.UNCHANGED) {
            progress.unchanged();
            return null;
        }
        try {
            DocumentParser parser = parsers.forFormat(document.format())
                    .orElseThrow(() -> new UnreadableDocumentException("unsupported document format"));
            List<Chunk> chunks = passageReader.read(parser, content, document.id(), Titles.fromId(document.id()), document.url());
            if (chunks.isEmpty()) {
                progress.empty(document.id());
                return null;
            }
            return new Parsed(document, hash, change, before, chunks, Math.min(chunks.size(), CHUNKS_IN_FLIGHT));
        } catch (UnreadableDocumentException e) {
            progress.failed(new Failure(document.id(), e.getMessage()));
        } catch (RuntimeException e) {
            progress.failed(new Failure(document.id(), "could not be parsed: " + message(e)));
        } catch (StackOverflowError e) {
            // Markup nested too deep even for the reader's deep stack is one document's failure, not the end of the run:
            // the parser's stack unwound with the error.
            progress.failed(new Failure(document.id(), "could not be parsed: its markup nests too deeply"));
        }
        return null;
    }

    private void writeLoop(String knowledgeBase, String index, LinkedBlockingQueue<Object> toWrite, Semaphore permits,
                           ProgressTracker progress) throws InterruptedException {
        List<Embedded> batch = new ArrayList<>();
        int passages = 0;
        int processed = 0;
        int expected = -1;
        long flushBy = 0;
        while (expected < 0 || processed < expected) {
            Object item = batch.isEmpty()
                    ? toWrite.take()
                    : toWrite.poll(Math.max(0, flushBy - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            if (item == null) {
                flush(knowledgeBase, index, batch, permits, progress);
                passages = 0;
                continue;
            }
            if (item instanceof EndOfInput end) {
                expected = end.documents();
                continue;
            }
            Embedded embedded = (Embedded) item;
            processed++;
            if (embedded.failure() != null) {
                permits.release(embedded.parsed().permits());
                progress.failed(new Failure(embedded.parsed().document().id(),
                        "could not be embedded: " + message(embedded.failure())));
                continue;
            }
            if (batch.isEmpty()) {
                flushBy = System.currentTimeMillis() + BULK_WAIT_MILLIS;
            }
            batch.add(embedded);
            passages += embedded.vectors().size();
            if (passages >= BULK_PASSAGES) {
                flush(knowledgeBase, index, batch, permits, progress);
                passages = 0;
            }
        }
        flush(knowledgeBase, index, batch, permits, progress);
    }

    private void flush(String knowledgeBase, String index, List<Embedded> batch, Semaphore permits, ProgressTracker progress) {
        if (batch.isEmpty()) {
            return;
        }
        List<IndexedPassage> passages = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        for (Embedded embedded : batch) {
            Parsed parsed = embedded.parsed();
            for (int i = 0; i < parsed.chunks().size(); i++) {
                Chunk c = parsed.chunks().get(i);
                passages.add(IndexedPassage.of(knowledgeBase, c.documentId(), c.ordinal(), parsed.chunks().size(), c.title(),
                        c.headings(), c.text(), c.url(), parsed.hash(), embedded.vectors().get(i)));
            }
            if (parsed.before() != null) {
                deletes.addAll(parsed.before().passageIdsFrom(parsed.chunks().size()));
            }
        }
        Map<String, String> refused = writer.write(index, passages, deletes);
        Set<String> refusedDocuments = new HashSet<>();
        for (Embedded embedded : batch) {
            Parsed parsed = embedded.parsed();
            permits.release(parsed.permits());
            String reason = refusalOf(knowledgeBase, parsed, refused);
            if (reason != null && refusedDocuments.add(parsed.document().id())) {
                progress.failed(new Failure(parsed.document().id(), "Elasticsearch refused it: " + reason));
            } else if (reason == null) {
                progress.written(parsed.change(), parsed.chunks().size());
            }
        }
        batch.clear();
    }

    private static String refusalOf(String knowledgeBase, Parsed parsed, Map<String, String> refused) {
        if (refused.isEmpty()) {
            return null;
        }
        for (int i = 0; i < parsed.chunks().size(); i++) {
            String reason = refused.get(IndexedPassage.id(knowledgeBase, parsed.document().id(), i));
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private static String message(Throwable e) {
        Throwable root = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
