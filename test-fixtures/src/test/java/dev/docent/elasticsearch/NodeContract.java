package dev.docent.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What Docent needs from any Elasticsearch, written once and run against the embedded node and the
 * official images. Plain JSON over HTTP: a 9.x Java client would be refused by an 8.x server.
 */
abstract class NodeContract {

    private final HttpClient http = HttpClient.newHttpClient();

    abstract ElasticsearchEndpoint endpoint();

    @Test
    void rootEndpointIdentifiesTheCluster() throws IOException, InterruptedException {
        HttpResponse<String> root = send(HttpRequest.newBuilder(endpoint().uri()).GET());

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).contains("\"cluster_uuid\"", "\"number\"", "\"lucene_version\"", "You Know, for Search");
    }

    @Test
    void englishAnalyzerStemsWithoutAnyIndexSettings() throws IOException, InterruptedException {
        HttpResponse<String> analyzed = send(HttpRequest.newBuilder(endpoint().uri().resolve("/_analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"analyzer\": \"english\", \"text\": \"The runs\"}")));

        assertThat(analyzed.statusCode()).isEqualTo(200);
        assertThat(analyzed.body().replace(" ", "")).contains("\"token\":\"run\"").doesNotContain("\"token\":\"the\"");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
