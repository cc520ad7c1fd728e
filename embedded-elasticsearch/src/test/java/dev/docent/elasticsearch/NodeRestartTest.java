package dev.docent.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void indexedDocumentsSurviveARestart() throws IOException {
        String clusterUuid;
        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(dataDir);
                ElasticsearchClient client = Fixtures.client(node.httpUri())) {
            client.indices().create(index -> index.index("kept")
                    .settings(settings -> settings.numberOfShards("1").numberOfReplicas("0")));
            client.index(doc -> doc.index("kept").id("faq-1").document(new Faq("Reset your password"))
                    .refresh(Refresh.True));
            clusterUuid = client.info().clusterUuid();
        }

        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(dataDir);
                ElasticsearchClient client = Fixtures.client(node.httpUri())) {
            assertThat(client.info().clusterUuid()).isEqualTo(clusterUuid);
            assertThat(client.get(get -> get.index("kept").id("faq-1"), Faq.class).source())
                    .isEqualTo(new Faq("Reset your password"));
        }
    }

    @Test
    void secondNodeOnTheSameDirectoryIsOneClearLine() throws IOException {
        try (EmbeddedElasticsearch first = EmbeddedElasticsearch.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedElasticsearch.start(dataDir))
                    .isInstanceOf(EmbeddedElasticsearchException.class)
                    .hasMessage("another Docent is already using " + dataDir.toAbsolutePath().normalize());

            try (ElasticsearchClient client = Fixtures.client(first.httpUri())) {
                assertThat(client.ping().value()).as("the first node still serves").isTrue();
            }
        }
    }

    @Test
    void nodePrintsNothingOnStdout() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true));
        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(dataDir)) {
            assertThat(node.httpUri().getHost()).isEqualTo("127.0.0.1");
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString()).isEmpty();
        assertThat(dataDir.resolve("logs").resolve("elasticsearch.log")).isNotEmptyFile();
    }

    record Faq(String title) {
    }
}
