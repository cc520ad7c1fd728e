package dev.docent.indexer.history;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexRun;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.indexer.lock.LockDocument;
import dev.docent.indexer.lock.ReindexLocks;
import dev.docent.indexer.state.StateIndex;
import dev.docent.indexer.sync.VersionedIndices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** Reads a knowledge base's status: its size from its index, its last run and lock from {@code docent-state}. */
public final class KnowledgeBaseStatuses {

    private final ElasticsearchConnection elasticsearch;
    private final IndexingRuns runs;
    private final ReindexLocks locks;
    private final Predicate<String> internal;
    private final VersionedIndices schemas;

    /** @param internal which knowledge bases are internal: the configuration knows, Elasticsearch does not */
    public KnowledgeBaseStatuses(ElasticsearchConnection elasticsearch, Clock clock, Predicate<String> internal) {
        StateIndex state = new StateIndex(elasticsearch);
        this.elasticsearch = elasticsearch;
        this.runs = new IndexingRuns(state, clock);
        // Only reads locks: the lease and holder of this instance are never used.
        this.locks = new ReindexLocks(state, clock, Duration.ZERO, "status-reader");
        this.internal = internal;
        this.schemas = new VersionedIndices(elasticsearch, clock);
    }

    public KnowledgeBaseStatus status(String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        boolean indexed = elasticsearch.call(c -> c.indices().existsAlias(a -> a.name(alias)).value());
        long chunks = indexed ? elasticsearch.call(c -> c.count(r -> r.index(alias)).count()) : 0;
        long documents = indexed ? elasticsearch.call(c -> c.count(r -> r.index(alias)
                .query(q -> q.term(t -> t.field(IndexSchema.CHUNK).value(0))))).count() : 0;
        Optional<LockDocument> lock = locks.holderOf(knowledgeBase);
        boolean outdated = indexed && !schemas.servedMappings(knowledgeBase).currentSchema();
        return new KnowledgeBaseStatus(knowledgeBase, internal.test(knowledgeBase), indexed, documents, chunks, outdated,
                runs.latest(knowledgeBase).map(run -> run(run, lock.isPresent())),
                lock.map(held -> new KnowledgeBaseStatus.Reindexing(held.holder(), Instant.ofEpochMilli(held.acquiredAt()))));
    }

    private static ReindexRun run(IndexingRun run, boolean locked) {
        return new ReindexRun(ReindexMode.ofLabel(run.mode()), run.source(), Instant.ofEpochMilli(run.startedAt()),
                Optional.ofNullable(run.finishedAt()).map(Instant::ofEpochMilli), outcome(run, locked),
                Optional.ofNullable(run.reason()), run.added(), run.changed(), run.removed(), run.unchanged(), run.failed(),
                run.chunksWritten(), run.failures().stream().map(f -> new ReindexSummary.Failure(f.document(), f.reason())).toList());
    }

    /** A run still marked running with no lock held was killed. */
    private static ReindexRun.Outcome outcome(IndexingRun run, boolean locked) {
        if (IndexingRun.RUNNING.equals(run.outcome()) && !locked) {
            return ReindexRun.Outcome.INTERRUPTED;
        }
        return ReindexRun.Outcome.valueOf(run.outcome().toUpperCase(Locale.ROOT));
    }
}
