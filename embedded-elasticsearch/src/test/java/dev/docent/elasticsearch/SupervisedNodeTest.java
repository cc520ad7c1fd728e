package dev.docent.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisedNodeTest {

    @TempDir
    Path dataDir;

    @Test
    void killedNodeIsStartedAgainWhereItsClientsLookForIt() throws Exception {
        try (SupervisedNode node = SupervisedNode.start(ChildNodeOptions.forClasspath(dataDir, Fixtures.classpathOfThisJvm()),
                Executors.newSingleThreadScheduledExecutor());
             ElasticsearchClient client = Fixtures.client(node.httpUri())) {
            long first = node.pid();
            client.indices().create(c -> c.index("kept"));

            ProcessHandle.of(first).orElseThrow().destroyForcibly();

            Fixtures.await("the supervisor to notice", Duration.ofSeconds(30), () -> node.state() == SupervisedNode.State.RECOVERING);
            Fixtures.await("the node to be back", Duration.ofSeconds(120),
                    () -> node.state() == SupervisedNode.State.UP && node.pid() != first);
            assertThat(client.indices().exists(e -> e.index("kept")).value()).as("the same data, the same address").isTrue();
        }
    }
}
