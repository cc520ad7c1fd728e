package dev.docent.app.runtime;

import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexInProgressException;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexProgress;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.core.reindex.Reindexer;
import dev.docent.indexer.KnowledgeBaseIndexer;
import dev.docent.indexer.progress.IndexingListener;
import dev.docent.indexer.progress.IndexingProgress;
import dev.docent.indexer.progress.IndexingReport;
import dev.docent.indexer.source.DocumentSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Chat admins' reindex and status, carried out by the indexer from each knowledge base's known source. */
final class IndexerReindexer implements Reindexer {

    private final Map<String, Supplier<DocumentSource>> sources;
    private final Supplier<KnowledgeBaseIndexer> indexer;
    private final KnowledgeBaseCatalog catalog;
    private final Predicate<String> internal;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Map<String, ReindexSummary> lastRuns = new ConcurrentHashMap<>();

    IndexerReindexer(Map<String, Supplier<DocumentSource>> sources, Supplier<KnowledgeBaseIndexer> indexer,
                     KnowledgeBaseCatalog catalog, Predicate<String> internal) {
        this.sources = Map.copyOf(sources);
        this.indexer = indexer;
        this.catalog = catalog;
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
        if (!running.add(knowledgeBase)) {
            throw new ReindexInProgressException(knowledgeBase);
        }
        try {
            IndexingReport report = indexer.get().index(knowledgeBase, source.get(), new IndexingListener() {
                @Override
                public void progressed(IndexingProgress progress) {
                    listener.progressed(new ReindexProgress(progress.knowledgeBase(), progress.documentsDone(),
                            progress.documentsTotal(), progress.chunksDone(), progress.failed(), progress.elapsed(),
                            progress.estimatedRemaining()));
                }
            });
            ReindexSummary summary = new ReindexSummary(knowledgeBase, report.documents(), 0, report.removedChunks(), 0,
                    report.failures().stream()
                            .map(f -> new ReindexSummary.Failure(f.documentId(), f.reason()))
                            .toList(),
                    report.took());
            lastRuns.put(knowledgeBase, summary);
            return summary;
        } finally {
            running.remove(knowledgeBase);
        }
    }

    @Override
    public List<KnowledgeBaseStatus> status() {
        return catalog.names().stream()
                .map(name -> new KnowledgeBaseStatus(name, internal.test(name), catalog.passageCount(name),
                        Optional.ofNullable(lastRuns.get(name))))
                .toList();
    }
}
