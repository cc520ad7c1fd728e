package dev.docent.lab.bench;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.knowledge.MeasurementKnowledgeBases;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts a benchmark corpus into a knowledge base of its own through the index schema that
 * retrieval reads ({@link IndexedPassage}), one passage per document, with embeddings computed
 * (or read from the cache) beforehand. A knowledge base that already holds exactly the corpus is
 * reused.
 */
final class BenchIndex {

    private static final int BULK = 500;

    private final ElasticsearchConnection elasticsearch;
    private final KnowledgeBaseCatalog catalog;
    private final PrintStream progress;

    BenchIndex(ElasticsearchConnection elasticsearch, KnowledgeBaseCatalog catalog, PrintStream progress) {
        this.elasticsearch = elasticsearch;
        this.catalog = catalog;
        this.progress = progress;
    }

    static String knowledgeBaseFor(BeirDataset dataset) {
        String name = dataset.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
        String knowledgeBase = MeasurementKnowledgeBases.BENCH_PREFIX + name;
        return knowledgeBase.substring(0, Math.min(63, knowledgeBase.length()));
    }

    /** The text a passage is embedded from: title, a blank line, the text - as the indexer does. */
    static String textForEmbedding(BeirDataset.Document document) {
        return document.title().isBlank() ? document.text() : document.title() + "\n\n" + document.text();
    }

    boolean holds(String knowledgeBase, int documents) {
        return catalog.names().contains(knowledgeBase) && catalog.passageCount(knowledgeBase) == documents;
    }

    void write(String knowledgeBase, List<BeirDataset.Document> corpus, List<float[]> embeddings) {
        drop(knowledgeBase);
        String alias = catalog.createIfAbsent(knowledgeBase);
        for (int from = 0; from < corpus.size(); from += BULK) {
            List<BulkOperation> operations = new ArrayList<>();
            for (int i = from; i < Math.min(corpus.size(), from + BULK); i++) {
                BeirDataset.Document d = corpus.get(i);
                IndexedPassage passage = IndexedPassage.of(knowledgeBase, d.id(), 0, 1, d.title(), List.of(), d.text(),
                        "beir:" + d.id(), null, embeddings.get(i));
                operations.add(BulkOperation.of(op -> op.index(x -> x.index(alias).id(passage.id()).document(passage))));
            }
            var response = elasticsearch.call(c -> c.bulk(b -> b.operations(operations)));
            if (response.errors()) {
                throw new IllegalStateException("Elasticsearch refused benchmark passages: " + response.items().stream()
                        .filter(item -> item.error() != null).map(item -> item.error().reason()).findFirst().orElse("?"));
            }
            progress.printf("indexed %,d of %,d documents%n", Math.min(corpus.size(), from + BULK), corpus.size());
        }
        elasticsearch.call(c -> c.indices().refresh(r -> r.index(alias)));
        elasticsearch.call(c -> c.indices().forcemerge(f -> f.index(alias).maxNumSegments(1L)));
    }

    /** Removes the knowledge base's indices, so that a rerun starts from an empty one. */
    void drop(String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        boolean exists = elasticsearch.call(c -> c.indices().existsAlias(a -> a.name(alias)).value());
        if (exists) {
            List<String> indices = List.copyOf(elasticsearch.call(c -> c.indices().getAlias(a -> a.name(alias))).aliases().keySet());
            elasticsearch.call(c -> c.indices().delete(d -> d.index(indices)));
        }
    }
}
