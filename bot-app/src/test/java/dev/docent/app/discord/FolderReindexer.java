package dev.docent.app.discord;

import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.knowledge.UnknownKnowledgeBaseException;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexProgress;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.core.reindex.Reindexer;
import dev.docent.indexer.progress.IndexingListener;
import dev.docent.indexer.progress.IndexingProgress;
import dev.docent.indexer.progress.IndexingReport;
import dev.docent.indexer.source.DirectorySource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reindexes one small knowledge base from a folder with the real indexer, so that a chat admin's
 * reindex can be watched end to end in a second rather than re-embedding the whole sample.
 */
public final class FolderReindexer implements Reindexer {

    private final DocentRuntime runtime;
    private final String knowledgeBase;
    private final Path folder;

    public FolderReindexer(DocentRuntime runtime, String knowledgeBase, Path folder) {
        this.runtime = runtime;
        this.knowledgeBase = knowledgeBase;
        this.folder = folder;
    }

    @Override
    public List<String> reindexable() {
        return List.of(knowledgeBase);
    }

    @Override
    public ReindexSummary reindex(String name, ReindexListener listener) {
        if (!knowledgeBase.equals(name)) {
            throw new UnknownKnowledgeBaseException(List.of(name), reindexable());
        }
        IndexingReport report = runtime.indexer().index(name, new DirectorySource(folder, "https://faq.formwell.example"),
                new IndexingListener() {
                    @Override
                    public void progressed(IndexingProgress p) {
                        listener.progressed(new ReindexProgress(p.knowledgeBase(), p.documentsDone(), p.documentsTotal(),
                                p.chunksDone(), p.failed(), p.elapsed(), p.estimatedRemaining()));
                    }
                });
        return new ReindexSummary(name, report.documents(), 0, report.removedChunks(), 0,
                report.failures().stream().map(f -> new ReindexSummary.Failure(f.documentId(), f.reason())).toList(),
                report.took());
    }

    @Override
    public List<KnowledgeBaseStatus> status() {
        return runtime.catalog().names().stream()
                .map(name -> new KnowledgeBaseStatus(name, false, runtime.catalog().passageCount(name), Optional.empty()))
                .toList();
    }
}
