package dev.docent.indexer;

import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.core.reindex.Reindexer;
import dev.docent.indexer.history.KnowledgeBaseStatuses;
import dev.docent.indexer.source.DocumentSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The core's reindex port, carried out by the indexer: an incremental run of a knowledge base from
 * its configured sources (the indexer's lock in Elasticsearch keeps it to one run at a time across
 * replicas), and the status its run history and locks give.
 */
public final class SourcedReindexer implements Reindexer {

    private final Map<String, Supplier<DocumentSource>> sources;
    private final Supplier<KnowledgeBaseIndexer> indexer;
    private final KnowledgeBaseStatuses statuses;
    private final Supplier<Set<String>> indexed;

    /**
     * @param sources  how to read each reindexable knowledge base
     * @param indexer  the indexer, asked for only when a reindex starts
     * @param statuses the status of one knowledge base
     * @param indexed  the knowledge bases Elasticsearch holds, listed in the status with the reindexable ones
     */
    public SourcedReindexer(Map<String, Supplier<DocumentSource>> sources, Supplier<KnowledgeBaseIndexer> indexer,
                            KnowledgeBaseStatuses statuses, Supplier<Set<String>> indexed) {
        this.sources = Map.copyOf(sources);
        this.indexer = indexer;
        this.statuses = statuses;
        this.indexed = indexed;
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
        return names.stream().map(statuses::status).toList();
    }
}
