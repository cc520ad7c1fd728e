package dev.docent.elasticsearch;

@EmbeddedElasticsearchTest
class NodeContractOnEmbeddedTest extends NodeContract {

    ElasticsearchEndpoint elasticsearch;

    @Override
    ElasticsearchEndpoint endpoint() {
        return elasticsearch;
    }
}
