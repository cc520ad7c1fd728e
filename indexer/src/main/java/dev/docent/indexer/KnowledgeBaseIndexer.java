package dev.docent.indexer;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.knowledge.KnowledgeBaseName;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.indexer.chunk.SectionChunker;
import dev.docent.indexer.embed.ChunkEmbedder;
import dev.docent.indexer.history.IndexingRuns;
import dev.docent.indexer.lock.Lease;
import dev.docent.indexer.lock.ReindexLocks;
import dev.docent.indexer.parse.DocumentParsers;
import dev.docent.indexer.source.DocumentSource;
import dev.docent.indexer.state.StateIndex;
import dev.docent.indexer.sync.SourceSync;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes a knowledge base from its source: takes the knowledge base's reindex lock (one run at a
 * time, across processes), records the run in Elasticsearch, and brings the index in line with the
 * source, incrementally or by a rebuild.
 */
public final class KnowledgeBaseIndexer {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseIndexer.class);
    private static final int CHUNK_CHARS = 1_200;
    private static final int CHUNK_OVERLAP_CHARS = 150;
    /**
     * Renewed every third of it while the run lives: a holder on another machine that dies frees the
     * knowledge base within this long (one on this machine, at once).
     */
    private static final Duration LOCK_LEASE = Duration.ofSeconds(15);

    private final SourceSync sync;
    private final ReindexLocks locks;
    private final IndexingRuns runs;
    private final String holder;

    public KnowledgeBaseIndexer(SourceSync sync, ReindexLocks locks, IndexingRuns runs, String holder) {
        this.sync = sync;
        this.locks = locks;
        this.runs = runs;
        this.holder = holder;
    }

    /**
     * The standard set-up: Markdown (and MDX), reStructuredText, AsciiDoc, HTML, Jupyter notebooks, text and PDF; chunks
     * of at most 1,200 characters with 150 of overlap; a two-minute lock lease, renewed while the run
     * goes on.
     */
    public static KnowledgeBaseIndexer create(ElasticsearchConnection elasticsearch, ChunkEmbedder embedder, Clock clock) {
        StateIndex state = new StateIndex(elasticsearch);
        String holder = ReindexLocks.thisProcess();
        SourceSync sync = new SourceSync(elasticsearch, DocumentParsers.standard(), standardChunker(), embedder, clock);
        return new KnowledgeBaseIndexer(sync, new ReindexLocks(state, clock, LOCK_LEASE, holder),
                new IndexingRuns(state, clock), holder);
    }

    public static SectionChunker standardChunker() {
        return new SectionChunker(CHUNK_CHARS, CHUNK_OVERLAP_CHARS);
    }

    /** An incremental run (a rebuild if the knowledge base is new). */
    public ReindexSummary index(String knowledgeBase, DocumentSource source, ReindexListener listener) {
        return index(knowledgeBase, source, ReindexMode.INCREMENTAL, listener);
    }

    public ReindexSummary index(String knowledgeBase, DocumentSource source, ReindexMode mode, ReindexListener listener) {
        KnowledgeBaseName.require(knowledgeBase);
        try (Lease lease = locks.acquire(knowledgeBase)) {
            IndexingRuns.Started run = runs.started(knowledgeBase, mode.label(), source.describe(), holder);
            try {
                ReindexSummary summary = sync.run(knowledgeBase, source, mode, listener, lease);
                runs.finished(run, summary);
                log.atInfo()
                        .addKeyValue("knowledgeBase", knowledgeBase)
                        .addKeyValue("mode", summary.mode().label())
                        .addKeyValue("added", summary.added())
                        .addKeyValue("changed", summary.changed())
                        .addKeyValue("removed", summary.removed())
                        .addKeyValue("unchanged", summary.unchanged())
                        .addKeyValue("failed", summary.failures().size())
                        .addKeyValue("empty", summary.empty())
                        .addKeyValue("chunks", summary.chunksWritten())
                        .addKeyValue("tookMs", summary.took().toMillis())
                        .log("indexed");
                return summary;
            } catch (RuntimeException | Error e) {
                recordFailure(run, e);
                throw e;
            }
        }
    }

    private void recordFailure(IndexingRuns.Started run, Throwable failure) {
        try {
            runs.failed(run, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        } catch (RuntimeException e) {
            // Elasticsearch may be the reason the run failed; the run's own error is what the caller needs.
            failure.addSuppressed(e);
        }
    }
}
