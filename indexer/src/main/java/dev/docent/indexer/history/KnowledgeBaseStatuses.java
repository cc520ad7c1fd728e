package dev.docent.indexer.history;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.indexer.lock.ReindexLocks;
import dev.docent.indexer.state.StateIndex;
import java.time.Clock;
import java.time.Duration;

/** Reads a knowledge base's status: its size from its index, its last run and lock from {@code docent-state}. */
public final class KnowledgeBaseStatuses {

    private final ElasticsearchConnection elasticsearch;
    private final IndexingRuns runs;
    private final ReindexLocks locks;

    public KnowledgeBaseStatuses(ElasticsearchConnection elasticsearch, Clock clock) {
        StateIndex state = new StateIndex(elasticsearch);
        this.elasticsearch = elasticsearch;
        this.runs = new IndexingRuns(state, clock);
        // Only reads locks: the lease and holder of this instance are never used.
        this.locks = new ReindexLocks(state, clock, Duration.ZERO, "status-reader");
    }

    public KnowledgeBaseStatus status(String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        boolean indexed = elasticsearch.call(c -> c.indices().existsAlias(a -> a.name(alias)).value());
        long chunks = indexed ? elasticsearch.call(c -> c.count(r -> r.index(alias)).count()) : 0;
        long documents = indexed ? elasticsearch.call(c -> c.count(r -> r.index(alias)
                .query(q -> q.term(t -> t.field(IndexSchema.CHUNK).value(0))))).count() : 0;
        return new KnowledgeBaseStatus(knowledgeBase, indexed, documents, chunks, runs.latest(knowledgeBase),
                locks.holderOf(knowledgeBase));
    }
}
