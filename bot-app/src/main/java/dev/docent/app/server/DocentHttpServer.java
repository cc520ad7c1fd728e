package dev.docent.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.core.chat.ChatPlatform;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Docent's one HTTP server: {@code /health} for load balancers and orchestrators, {@code /metrics}
 * for Prometheus, and whatever routes the chat platforms add (Slack's events endpoint).
 */
public final class DocentHttpServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin javalin;

    private DocentHttpServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * @param port            0 for an ephemeral port (tests)
     * @param platformRoutes  routes the chat platforms serve, e.g. {@code POST /slack/events}
     */
    public static DocentHttpServer start(String host, int port, ElasticsearchProbe elasticsearch,
                                         List<ChatPlatform> platforms, PrometheusMeterRegistry metrics,
                                         Consumer<RoutesConfig> platformRoutes) {
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.routes.get("/health", ctx -> health(ctx, elasticsearch, platforms));
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            platformRoutes.accept(config.routes);
        });
        javalin.start();
        return new DocentHttpServer(javalin);
    }

    public int port() {
        return javalin.port();
    }

    /**
     * 200 while Docent can answer - "up", or "degraded" when Elasticsearch serves with less to spare
     * (every replica shares that cluster: taking one out of the load balancer would help nobody) -
     * and 503 when it cannot.
     */
    private static void health(Context ctx, ElasticsearchProbe elasticsearch, List<ChatPlatform> platforms)
            throws JsonProcessingException {
        Map<String, String> checks = new LinkedHashMap<>();
        ElasticsearchProbe.Health store = elasticsearch.health();
        checks.put("elasticsearch", store.state());
        boolean serving = store.state().equals("up") || store.state().equals("degraded");
        for (ChatPlatform platform : platforms) {
            boolean connected = platform.connected();
            checks.put(platform.name(), connected ? "up" : "down");
            serving &= connected;
        }
        String status = !serving ? "down" : store.state().equals("degraded") ? "degraded" : "up";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("checks", checks);
        store.reason().ifPresent(reason -> body.put("reasons", Map.of("elasticsearch", reason)));
        ctx.status(serving ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .contentType("application/json")
                .result(JSON.writeValueAsString(body));
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
