package dev.docent.app;

import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.RunningElasticsearch;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.reindex.ReindexListener;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.net.URI;
import java.util.Optional;

/** The bundled sample knowledge base on the suite's Elasticsearch, indexed once, and a runtime to ask it. */
public final class SampleFixture {

    private static EmbeddingModel model;

    private SampleFixture() {
    }

    public static synchronized EmbeddingModel model() {
        if (model == null) {
            model = QueryEmbedder.bgeSmallEnV15();
        }
        return model;
    }

    /** A runtime on the given Elasticsearch whose sample knowledge base is indexed. */
    public static DocentRuntime runtimeWithSample(URI elasticsearch) {
        DocentRuntime runtime = DocentRuntime.using(
                RunningElasticsearch.external(ElasticsearchConnection.open(elasticsearch, Optional.empty())), model());
        if (!runtime.catalog().names().contains(SampleKnowledgeBase.NAME)) {
            runtime.indexer().index(SampleKnowledgeBase.NAME, SampleKnowledgeBase.source(), ReindexListener.NONE);
        }
        return runtime;
    }
}
