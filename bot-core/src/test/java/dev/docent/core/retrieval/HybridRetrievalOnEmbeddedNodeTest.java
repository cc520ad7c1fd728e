package dev.docent.core.retrieval;

import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.net.URI;

@EmbeddedElasticsearchTest
class HybridRetrievalOnEmbeddedNodeTest extends HybridRetrievalContract {

    ElasticsearchEndpoint elasticsearch;

    @Override
    protected URI elasticsearchUri() {
        return elasticsearch.uri();
    }
}
