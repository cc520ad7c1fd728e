package dev.docent.app.runtime;

import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.core.reindex.Reindexer;
import dev.docent.indexer.KnowledgeBaseIndexer;
import dev.docent.indexer.history.IndexingRun;
import dev.docent.indexer.history.KnowledgeBaseStatuses;
import dev.docent.indexer.source.DocumentSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Chat admins' reindex and status, carried out by the indexer: an incremental run from the
 * knowledge base's configured sources (the indexer's lock in Elasticsearch keeps it to one run at a
 * time across replicas), and the run history it keeps.
 */
final class IndexerReindexer implements Reindexer {

    private final Map<String, Supplier<DocumentSource>> sources;
    private final Supplier<KnowledgeBaseIndexer> indexer;
    private final KnowledgeBaseStatuses statuses;
    private final Supplier<Set<String>> indexed;
    private final Predicate<String> internal;

    /**
     * @param sources  how to read each reindexable knowledge base
     * @param indexed  the knowledge bases Elasticsearch holds, for status
     * @param internal which knowledge bases are internal, for status
     */
    IndexerReindexer(Map<String, Supplier<DocumentSource>> sources, Supplier<KnowledgeBaseIndexer> indexer,
                     KnowledgeBaseStatuses statuses, Supplier<Set<String>> indexed, Predicate<String> internal) {
        this.sources = Map.copyOf(sources);
        this.indexer = indexer;
        this.statuses = statuses;
        this.indexed = indexed;
        this.internal = internal;
    }

    @Override
    public List<String> reindexable() {
        return sources.keySet().stream().sorted().toList();
    }

    @Override
    public ReindexSummary reindex(String knowledgeBase, ReindexListener listener) {
        Supplier<DocumentSource> source = sources.get(knowledgeBase);
        if (source == null) {
            throw new UnknownKnowledgeBaseException(List.of(knowledgeBase), reindexable());
        }
        return indexer.get().index(knowledgeBase, source.get(), ReindexMode.INCREMENTAL, listener);
    }

    @Override
    public List<KnowledgeBaseStatus> status() {
        Set<String> names = new TreeSet<>(indexed.get());
        names.addAll(sources.keySet());
        return names.stream().map(this::status).toList();
    }

    private KnowledgeBaseStatus status(String name) {
        var status = statuses.status(name);
        return new KnowledgeBaseStatus(name, internal.test(name), status.chunks(), status.lastRun()
                .filter(run -> run.finishedAt() != null)
                .map(IndexerReindexer::summary));
    }

    private static ReindexSummary summary(IndexingRun run) {
        return new ReindexSummary(run.knowledgeBase(), run.source(), ReindexMode.ofLabel(run.mode()), run.added(),
                run.changed(), run.removed(), run.unchanged(),
                run.failures().stream().map(f -> new ReindexSummary.Failure(f.document(), f.reason())).toList(), List.of(),
                run.chunksWritten(), Duration.ofMillis(run.finishedAt() - run.startedAt()));
    }
}
