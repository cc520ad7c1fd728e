package dev.docent.indexer.sync;

import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexProgress;
import dev.docent.core.reindex.ReindexSummary.Failure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Counts what a run has done, from whichever stage finishes a document, and tells the listener. */
final class ProgressTracker {

    enum Change { ADDED, CHANGED, UNCHANGED }

    private final String knowledgeBase;
    private final ReindexListener listener;
    private final long startNanos;
    private final List<Failure> failures = new ArrayList<>();
    private final List<String> emptyDocuments = new ArrayList<>();
    private int total;
    private int done;
    private int added;
    private int changed;
    private int unchanged;
    private int chunksWritten;

    ProgressTracker(String knowledgeBase, ReindexListener listener, long startNanos) {
        this.knowledgeBase = knowledgeBase;
        this.listener = listener;
        this.startNanos = startNanos;
    }

    synchronized void total(int documents) {
        total = documents;
        listener.progressed(snapshot());
    }

    synchronized void unchanged() {
        unchanged++;
        done++;
        listener.progressed(snapshot());
    }

    synchronized void written(Change change, int chunks) {
        switch (change) {
            case ADDED -> added++;
            case CHANGED -> changed++;
            case UNCHANGED -> unchanged++;
        }
        chunksWritten += chunks;
        done++;
        listener.progressed(snapshot());
    }

    /** A document with no text to index: done, not failed. */
    synchronized void empty(String documentId) {
        emptyDocuments.add(documentId);
        done++;
        listener.progressed(snapshot());
    }

    synchronized void failed(Failure failure) {
        failures.add(failure);
        done++;
        listener.documentFailed(failure);
        listener.progressed(snapshot());
    }

    synchronized int added() {
        return added;
    }

    synchronized int changed() {
        return changed;
    }

    synchronized int unchangedCount() {
        return unchanged;
    }

    synchronized int chunksWritten() {
        return chunksWritten;
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    synchronized List<String> emptyDocuments() {
        return List.copyOf(emptyDocuments);
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private ReindexProgress snapshot() {
        return ReindexProgress.of(knowledgeBase, done, total, chunksWritten, failures.size(), elapsed());
    }
}
