package dev.docent.app.cluster;

import dev.docent.elasticsearch.ElasticsearchContainerClusterExtension;
import dev.docent.elasticsearch.ElasticsearchContainerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Three containers of the official 9.x image through Testcontainers; skipped where no Docker engine runs. */
class ElasticsearchNodeLossOnElasticsearchImagesTest extends ElasticsearchNodeLossContract {

    @RegisterExtension
    static final ElasticsearchContainerClusterExtension CLUSTER =
            ElasticsearchContainerClusterExtension.forImage(ElasticsearchContainerExtension.ELASTICSEARCH_9);
}
