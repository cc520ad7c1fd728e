package dev.docent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.core.chat.ChatPlatform;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@EmbeddedElasticsearchTest
class DocentServiceTest {

    private final HttpClient http = HttpClient.newHttpClient();

    ElasticsearchEndpoint elasticsearch;

    @Test
    void healthIsUpWhenElasticsearchAndEveryPlatformAreUpAndDownOtherwise() throws Exception {
        FakePlatform platform = new FakePlatform();
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
             DocentService service = DocentService.start("127.0.0.1", 0, connection,
                     (desk, metrics) -> List.of(new DocentService.Platform(platform,
                             routes -> routes.post("/fake/events", ctx -> ctx.result("ok")))),
                     metrics -> null)) {
            assertThat(platform.started).isTrue();

            HttpResponse<String> up = get(service, "/health");
            assertThat(up.statusCode()).isEqualTo(200);
            JsonNode body = new ObjectMapper().readTree(up.body());
            assertThat(body.get("status").asText()).isEqualTo("up");
            assertThat(body.get("checks").get("elasticsearch").asText()).isEqualTo("up");
            assertThat(body.get("checks").get("fake").asText()).isEqualTo("up");

            platform.connected.set(false);
            HttpResponse<String> down = get(service, "/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"fake\":\"down\"");

            HttpResponse<String> routed = http.send(HttpRequest.newBuilder(uri(service, "/fake/events"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(routed.body()).isEqualTo("ok");
        }
        assertThat(platform.closed).isTrue();
    }

    @Test
    void metricsAreServedInPrometheusFormat() throws Exception {
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
             DocentService service = DocentService.start("127.0.0.1", 0, connection, (desk, registry) -> List.of(),
                     metrics -> {
                         metrics.counter("docent.answers").increment();
                         return null;
                     })) {
            HttpResponse<String> metrics = get(service, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("docent_answers_total 1.0").contains("jvm_memory_used_bytes");
        }
    }

    private HttpResponse<String> get(DocentService service, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(service, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(DocentService service, String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    /** A platform of our own making: the SPI is ours, so faking it here is faking what we own. */
    private static final class FakePlatform implements ChatPlatform {
        final AtomicBoolean connected = new AtomicBoolean(true);
        boolean started;
        boolean closed;

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public void start() {
            started = true;
        }

        @Override
        public boolean connected() {
            return connected.get();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
