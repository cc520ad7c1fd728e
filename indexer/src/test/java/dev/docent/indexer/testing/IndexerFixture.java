package dev.docent.indexer.testing;

import co.elastic.clients.elasticsearch._types.SortOrder;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.indexer.KnowledgeBaseIndexer;
import dev.docent.indexer.embed.ChunkEmbedder;
import dev.docent.core.embedding.BgeSmallOnOneThread;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The real model and Elasticsearch for indexer tests, and ways to look at what a run left in the index. */
public final class IndexerFixture {

    private static EmbeddingModel model;

    private IndexerFixture() {
    }

    public static synchronized EmbeddingModel model() {
        if (model == null) {
            model = BgeSmallOnOneThread.load();
        }
        return model;
    }

    public static ElasticsearchConnection connect(ElasticsearchEndpoint endpoint) {
        return ElasticsearchConnection.open(endpoint.uri(), Optional.empty());
    }

    public static KnowledgeBaseIndexer indexer(ElasticsearchConnection elasticsearch, EmbeddingModel model, Clock clock) {
        return KnowledgeBaseIndexer.create(elasticsearch, new ChunkEmbedder(model, 2), clock);
    }

    public static long count(ElasticsearchConnection es, String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        es.call(c -> c.indices().refresh(r -> r.index(alias)));
        return es.call(c -> c.count(r -> r.index(alias)).count());
    }

    public static Set<String> served(ElasticsearchConnection es, String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        return Set.copyOf(es.call(c -> c.indices().getAlias(a -> a.name(alias))).aliases().keySet());
    }

    public static Set<String> versions(ElasticsearchConnection es, String knowledgeBase) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        return Set.copyOf(es.call(c -> c.indices().get(g -> g.index(alias + "-*").allowNoIndices(true))).indices().keySet());
    }

    /** The passages of one document, in chunk order. */
    public static List<IndexedPassage> passages(ElasticsearchConnection es, String knowledgeBase, String documentId) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        es.call(c -> c.indices().refresh(r -> r.index(alias)));
        return es.call(c -> c.search(s -> s.index(alias).size(1000)
                .query(q -> q.term(t -> t.field(IndexSchema.DOCUMENT_ID).value(documentId)))
                .sort(o -> o.field(f -> f.field(IndexSchema.CHUNK).order(SortOrder.Asc))), IndexedPassage.class))
                .hits().hits().stream().map(h -> h.source()).toList();
    }

    /** The stored vector of a document's first passage (Elasticsearch 9 returns vectors only when asked). */
    public static float[] embedding(ElasticsearchConnection es, String knowledgeBase, String documentId) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        return es.call(c -> c.search(s -> s.index(alias).size(1)
                .source(src -> src.filter(f -> f.excludeVectors(false)))
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field(IndexSchema.DOCUMENT_ID).value(documentId)))
                        .filter(f -> f.term(t -> t.field(IndexSchema.CHUNK).value(0))))), IndexedPassage.class))
                .hits().hits().getFirst().source().embedding();
    }

    /** The real model, counting the texts it is asked to embed: proof that unchanged documents are not embedded again. */
    public static final class CountingModel implements EmbeddingModel {
        private final EmbeddingModel delegate;
        private final AtomicInteger texts = new AtomicInteger();

        public CountingModel(EmbeddingModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            texts.addAndGet(segments.size());
            return delegate.embedAll(segments);
        }

        public int texts() {
            return texts.get();
        }
    }
}
