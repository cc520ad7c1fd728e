package dev.docent.app.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.app.SampleFixture;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.RunningElasticsearch;
import dev.docent.app.server.DocentService;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.error.UnavailableException;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Slack that cannot be reached when {@code docent serve} starts is a service that is down, not the user's mistake. */
@EmbeddedElasticsearchTest
class SlackStartTest {

    ElasticsearchEndpoint elasticsearch;

    @Test
    void unreachableSlackStopsServeAsUnavailableInDocentsWords() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", "secret",
                "SLACK_API_URL", "http://127.0.0.1:" + closedPort + "/api/");
        try (DocentRuntime runtime = DocentRuntime.using(
                RunningElasticsearch.external(ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty())),
                SampleFixture.model())) {
            assertThatThrownBy(() -> DocentService.start("127.0.0.1", 0, runtime.elasticsearch(),
                    (desk, metrics) -> SlackPlatforms.fromEnvironment(env, desk, metrics, runtime.elasticsearch()),
                    metrics -> runtime.supportDesk(DocentConfig.empty(),
                            new SourceFactory(Path.of("."), Path.of("target", "git-checkouts")), metrics)).close())
                    .isInstanceOf(UnavailableException.class)
                    .hasMessageStartingWith("Cannot reach Slack: the connection failed.")
                    .hasMessageNotContaining("Exception")
                    .hasMessageNotContaining("\n");
        }
    }
}
