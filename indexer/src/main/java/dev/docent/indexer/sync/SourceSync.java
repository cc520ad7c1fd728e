package dev.docent.indexer.sync;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.error.Causes;
import dev.docent.core.error.UnavailableException;
import dev.docent.core.error.UserInputException;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.core.reindex.UnreadFormats;
import dev.docent.indexer.chunk.SectionChunker;
import dev.docent.indexer.embed.ChunkEmbedder;
import dev.docent.indexer.lock.Lease;
import dev.docent.indexer.parse.DocumentParsers;
import dev.docent.indexer.source.DocumentSource;
import dev.docent.indexer.source.SourceDocument;
import dev.docent.indexer.write.PassageWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Brings a knowledge base in line with its source, incrementally or by a full rebuild (see
 * {@link ReindexMode}). Whatever fails - a document, the source, Elasticsearch, the process - what
 * the alias serves is either what it served before or the complete new state, never a mix that
 * lost documents: a rebuild is written to a new index, counted, and only then swapped in.
 */
public final class SourceSync {

    private final ElasticsearchConnection elasticsearch;
    private final IndexingPipeline pipeline;
    private final PassageWriter writer;
    private final VersionedIndices versions;

    public SourceSync(ElasticsearchConnection elasticsearch, DocumentParsers parsers, SectionChunker chunker,
                      ChunkEmbedder embedder, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.writer = new PassageWriter(elasticsearch);
        this.pipeline = new IndexingPipeline(parsers, chunker, embedder, writer);
        this.versions = new VersionedIndices(elasticsearch, clock);
    }

    /** Runs under {@code lease}, which the caller holds for the knowledge base. */
    public ReindexSummary run(String knowledgeBase, DocumentSource source, ReindexMode requested,
                              ReindexListener listener, Lease lease) {
        ProgressTracker progress = new ProgressTracker(knowledgeBase, listener, System.nanoTime());
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        ServedMappings servedNow = versions.servedMappings(knowledgeBase);
        boolean exists = servedNow.exist();
        ReindexMode mode = servedNow.currentSchema() && servedNow.readAs(pipeline.readAs()) ? requested : ReindexMode.REBUILD;
        versions.deleteUnserved(knowledgeBase); // what a crashed rebuild left behind
        Map<String, IndexedDocument> indexed = exists ? IndexedDocuments.read(elasticsearch, knowledgeBase, alias) : Map.of();

        List<SourceDocument> documents = list(source);
        progress.total(documents.size());
        Set<String> listed = documents.stream().map(SourceDocument::id).collect(Collectors.toSet());
        List<IndexedDocument> removed = indexed.values().stream().filter(d -> !listed.contains(d.id())).toList();

        StoredVectors stored = servedNow.embeddedAsToday() ? StoredVectors.in(elasticsearch, alias) : StoredVectors.none(elasticsearch);
        if (mode == ReindexMode.INCREMENTAL) {
            pipeline.run(knowledgeBase, alias, documents, indexed, true, stored, progress);
            lease.ensureHeld();
            // A page that lost all its text goes the way of a removed page.
            List<IndexedDocument> emptied = progress.emptyDocuments().stream().map(indexed::get).filter(Objects::nonNull).toList();
            writer.delete(alias, Stream.concat(removed.stream(), emptied.stream())
                    .flatMap(d -> d.passageIdsFrom(0).stream()).toList());
            writer.refresh(alias);
        } else {
            rebuild(knowledgeBase, documents, indexed, stored, progress, lease);
        }
        ReindexSummary summary = new ReindexSummary(knowledgeBase, source.describe(), mode, progress.added(),
                progress.changed(), removed.size(), progress.unchangedCount(), progress.failures(),
                progress.emptyDocuments(), progress.chunksWritten(), progress.elapsed(), unreadDocumentation(source));
        listener.finished(summary);
        return summary;
    }

    private void rebuild(String knowledgeBase, List<SourceDocument> documents, Map<String, IndexedDocument> indexed,
                         StoredVectors stored, ProgressTracker progress, Lease lease) {
        Set<String> served = versions.served(knowledgeBase);
        String next = versions.create(knowledgeBase, pipeline.readAs());
        try {
            pipeline.run(knowledgeBase, next, documents, indexed, false, stored, progress);
            List<String> keep = progress.failures().stream().map(f -> f.document()).filter(indexed::containsKey).toList();
            int carried = keep.isEmpty() ? 0 : new CarryOver(elasticsearch, writer).copy(KnowledgeBaseIndices.alias(knowledgeBase), next, keep);
            writer.refresh(next);
            long expected = (long) progress.chunksWritten() + carried;
            long count = versions.count(next);
            if (count != expected) {
                throw new IllegalStateException("The new index of '" + knowledgeBase + "' holds " + count
                        + " passages where " + expected + " were written; the knowledge base was left as it was.");
            }
            lease.ensureHeld();
            versions.swap(knowledgeBase, served, next);
        } catch (RuntimeException | Error e) {
            versions.deleteQuietly(next);
            throw e;
        }
        versions.deleteUnserved(knowledgeBase);
    }

    private static List<SourceDocument> list(DocumentSource source) {
        List<SourceDocument> documents;
        try {
            documents = source.list();
        } catch (NoSuchFileException e) {
            throw new UserInputException("Cannot index " + source.describe() + ": it does not exist.", e);
        } catch (IOException e) {
            // A site or remote that cannot be reached is not the user's mistake; a missing folder or branch is.
            Optional<String> network = Causes.network(e);
            if (network.isPresent()) {
                throw new UnavailableException(source.describe(), "Cannot reach " + source.describe() + ": " + network.get()
                        + ". The knowledge base was left as it was.", e);
            }
            throw new UserInputException("Cannot read " + source.describe() + ": " + e.getMessage(), e);
        }
        if (documents.isEmpty()) {
            // An empty listing is far more often a wrong path or branch than a wish to delete everything.
            Map<String, Integer> unread = unreadDocumentation(source);
            throw new UserInputException("Found no documents to index in " + source.describe()
                    + " (Markdown, MDX, Quarto, R Markdown, reStructuredText, AsciiDoc, HTML, Jupyter notebook, R help, POD, Org, Texinfo, RDoc, man page, OpenAPI, text or PDF)"
                    + (unread.isEmpty() ? "" : "; it holds " + UnreadFormats.describe(unread) + ", which Docent does not read")
                    + "; the knowledge base was left as it was.");
        }
        return documents;
    }

    /** What the source holds that Docent cannot read; nothing when the source cannot tell, which is no reason to fail a run. */
    private static Map<String, Integer> unreadDocumentation(DocumentSource source) {
        try {
            return source.unreadDocumentation();
        } catch (IOException | UncheckedIOException e) {
            return Map.of();
        }
    }
}
