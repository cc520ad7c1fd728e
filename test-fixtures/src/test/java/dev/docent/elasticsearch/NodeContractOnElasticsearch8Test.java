package dev.docent.elasticsearch;

import org.junit.jupiter.api.extension.RegisterExtension;

class NodeContractOnElasticsearch8Test extends NodeContract {

    @RegisterExtension
    static final ElasticsearchContainerExtension ELASTICSEARCH =
            ElasticsearchContainerExtension.forImage(ElasticsearchContainerExtension.ELASTICSEARCH_8);

    ElasticsearchEndpoint elasticsearch;

    @Override
    ElasticsearchEndpoint endpoint() {
        return elasticsearch;
    }
}
