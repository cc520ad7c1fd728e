package dev.docent.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerNodesTest {

    private final ContainerNodes nodes = new ContainerNodes("docent-test", List.of(41001, 41002, 41003));

    @Test
    void eachNodeIsNamedAsTheChildJvmClusterNamesItAndLooksForEveryNodeByThatName() {
        assertThat(nodes.environment(1))
                .containsEntry("node.name", "node-2")
                .containsEntry("cluster.name", "docent-test")
                .containsEntry("discovery.seed_hosts", "node-1,node-2,node-3")
                .containsEntry("cluster.initial_master_nodes", "node-1,node-2,node-3")
                .containsEntry("xpack.security.enabled", "false")
                .containsEntry("node.store.allow_mmap", "false");
        assertThat(nodes.name(2)).isEqualTo(EmbeddedCluster.nodeName(3));
    }

    @Test
    void eachNodePublishesItsHttpOnItsOwnHostPort() {
        assertThat(nodes.portBinding(0)).isEqualTo("41001:9200");
        assertThat(nodes.portBinding(2)).isEqualTo("41003:9200");
        assertThat(nodes.httpUri("localhost", 1)).isEqualTo(URI.create("http://localhost:41002"));
    }
}
