package dev.docent.app.cluster;

import dev.docent.elasticsearch.ElasticsearchClusterTest;

/** Three child JVMs on this machine: runs everywhere. */
@ElasticsearchClusterTest
class ReplicasOnChildJvmClusterTest extends ReplicasContract {
}
