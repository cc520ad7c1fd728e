package dev.docent.app.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.SampleFixture;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.platform.FakeSlack;
import dev.docent.app.platform.SignedRequests;
import dev.docent.app.platform.SlackPlatforms;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.RunningElasticsearch;
import dev.docent.app.server.DocentService;
import dev.docent.core.desk.Answerer;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.slack.SlackSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * One Docent replica as {@code docent serve} runs it in Slack's HTTP mode: its own runtime and
 * Elasticsearch connection (to every node of the cluster, as ES_URL would list them), its own HTTP
 * server and Slack platform, the same configuration and the same fake Slack as its siblings.
 */
final class Replica implements AutoCloseable {

    static final String SECRET = "signing-secret-for-the-cluster-tests";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final DocentRuntime runtime;
    private final DocentService service;
    private final MeterRegistry metrics;
    private final SignedRequests slack;
    private boolean crashed;

    private Replica(DocentRuntime runtime, DocentService service, MeterRegistry metrics) {
        this.runtime = runtime;
        this.service = service;
        this.metrics = metrics;
        this.slack = new SignedRequests(URI.create("http://127.0.0.1:" + service.port() + "/slack/events"), SECRET);
    }

    /**
     * @param around wraps the replica's answer pipeline, e.g. to hold one question (a replica caught mid-answer)
     */
    static Replica start(List<URI> nodes, FakeSlack fakeSlack, DocentConfig config, Path sources, UnaryOperator<Answerer> around) {
        DocentRuntime runtime = DocentRuntime.using(RunningElasticsearch.external(ElasticsearchConnection.open(nodes, Optional.empty())),
                SampleFixture.model(), config, Map.of());
        SlackSettings settings = SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-cluster", "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_API_URL", fakeSlack.apiUrl())).orElseThrow().withProgressInterval(Duration.ZERO);
        AtomicReference<MeterRegistry> metrics = new AtomicReference<>();
        DocentService service = DocentService.start("127.0.0.1", 0, runtime.elasticsearchProbe(),
                (desk, registry) -> List.of(SlackPlatforms.platform(settings, desk, registry)),
                registry -> {
                    metrics.set(registry);
                    return runtime.supportDesk(config, new SourceFactory(sources, sources.resolve(".git-checkouts")), registry, around);
                });
        return new Replica(runtime, service, metrics.get());
    }

    /** Signs and posts to this replica's /slack/events, as Slack (through a load balancer) would. */
    SignedRequests slack() {
        return slack;
    }

    DocentRuntime runtime() {
        return runtime;
    }

    /** What this replica's /health says of Elasticsearch: up, degraded, recovering or down. */
    String elasticsearchHealth() {
        return health().path("checks").path("elasticsearch").asText();
    }

    JsonNode health() {
        try {
            return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many Slack events this replica's intake judged {@code outcome} (handled, duplicate, taken_over). */
    double events(String outcome) {
        return metrics.find("docent.slack.events").tag("outcome", outcome).counters().stream().mapToDouble(Counter::count).sum();
    }

    /**
     * Stops the replica as a crash would, as far as Slack and the other replicas can tell: its HTTP
     * server stops answering and its Slack platform stops - with it, the renewals of the events it
     * holds. Work already stuck in it never finishes.
     */
    synchronized void crash() {
        crashed = true;
        service.close();
    }

    @Override
    public synchronized void close() {
        if (!crashed) {
            service.close();
        }
        runtime.close();
    }
}
