package dev.docent.core.retrieval;

import dev.docent.elasticsearch.ElasticsearchContainerExtension;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The official 8.x image through Testcontainers; skipped where no Docker engine runs. */
class HybridRetrievalOnElasticsearch8Test extends HybridRetrievalContract {

    @RegisterExtension
    static final ElasticsearchContainerExtension ELASTICSEARCH =
            ElasticsearchContainerExtension.forImage(ElasticsearchContainerExtension.ELASTICSEARCH_8);

    ElasticsearchEndpoint elasticsearch;

    @Override
    protected URI elasticsearchUri() {
        return elasticsearch.uri();
    }
}
