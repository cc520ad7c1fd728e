package dev.docent.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("cluster")
class EmbeddedClusterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path directory;

    @Test
    void threeNodesFormOneClusterThatKeepsItsDataWhenANodeIsKilledAndTakesItBack() throws Exception {
        ChildNodeOptions template = ChildNodeOptions.forClasspath(directory, Fixtures.classpathOfThisJvm())
                .withMaxHeap("256m").withStartupTimeout(PATIENCE);
        try (EmbeddedCluster cluster = EmbeddedCluster.start("docent-test", 3, template);
             ElasticsearchClient client = ElasticsearchClient.of(c -> c.hosts(cluster.httpUris()))) {
            assertThat(client.cluster().health().numberOfNodes()).isEqualTo(3);
            assertThat(client.cat().nodes().nodes()).extracting(n -> n.name())
                    .containsExactlyInAnyOrder("node-1", "node-2", "node-3");
            client.indices().create(c -> c.index("kept").settings(s -> s.numberOfShards("3").numberOfReplicas("1")));
            client.index(i -> i.index("kept").id("faq-1").document(new NodeRestartTest.Faq("Reset your password")).refresh(Refresh.True));
            Fixtures.await("green", PATIENCE, () -> status(client) == HealthStatus.Green);
            assertThat(List.of(cluster.pid(0), cluster.pid(1), cluster.pid(2))).doesNotHaveDuplicates()
                    .allMatch(Fixtures::isAlive);

            long killed = cluster.pid(1);
            cluster.kill(1);

            assertThat(Fixtures.isAlive(killed)).isFalse();
            Fixtures.await("the cluster to notice", PATIENCE, () -> nodes(client) == 2);
            assertThat(client.get(g -> g.index("kept").id("faq-1"), NodeRestartTest.Faq.class).found())
                    .as("every shard has a copy on the two nodes left").isTrue();

            cluster.restart(1);

            assertThat(cluster.pid(1)).isNotEqualTo(killed);
            Fixtures.await("the node back and every copy in place", PATIENCE,
                    () -> nodes(client) == 3 && status(client) == HealthStatus.Green);
        }
    }

    private static int nodes(ElasticsearchClient client) {
        try {
            return client.cluster().health().numberOfNodes();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static HealthStatus status(ElasticsearchClient client) {
        try {
            return client.cluster().health().status();
        } catch (IOException | RuntimeException e) {
            return HealthStatus.Red;
        }
    }
}
