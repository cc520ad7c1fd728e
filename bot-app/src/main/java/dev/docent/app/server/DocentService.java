package dev.docent.app.server;

import dev.docent.core.chat.ChatPlatform;
import dev.docent.core.desk.SupportDesk;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.BiFunction;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Docent as a long-running service: the HTTP server and every configured chat platform, started
 * together and stopped together.
 */
public final class DocentService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DocentService.class);

    private final DocentHttpServer server;
    private final List<ChatPlatform> platforms;
    private final JvmGcMetrics gcMetrics;

    private DocentService(DocentHttpServer server, List<ChatPlatform> platforms, JvmGcMetrics gcMetrics) {
        this.server = server;
        this.platforms = platforms;
        this.gcMetrics = gcMetrics;
    }

    /** A platform as the service starts it: its connection, and the HTTP routes it serves, if any. */
    public record Platform(ChatPlatform platform, Consumer<RoutesConfig> routes) {
    }

    /**
     * @param platforms builds the configured platforms around the desk (none is fine: then only
     *                  the HTTP endpoints run); the registry is the one {@code /metrics} exports
     * @param desk      the support desk, counting into the exported registry
     */
    public static DocentService start(String host, int port, ElasticsearchConnection elasticsearch,
                                      BiFunction<SupportDesk, MeterRegistry, List<Platform>> platforms,
                                      Function<PrometheusMeterRegistry, SupportDesk> desk) {
        return start(host, port, ElasticsearchProbe.of(elasticsearch), platforms, desk);
    }

    /** The same, with the health check's view of Elasticsearch (e.g. the embedded node's supervisor). */
    public static DocentService start(String host, int port, ElasticsearchProbe elasticsearch,
                                      BiFunction<SupportDesk, MeterRegistry, List<Platform>> platforms,
                                      Function<PrometheusMeterRegistry, SupportDesk> desk) {
        return start(host, port, elasticsearch, platforms, desk, routes -> { });
    }

    /** The same, with pages of Docent's own beside the platforms' routes (the admin page). */
    public static DocentService start(String host, int port, ElasticsearchProbe elasticsearch,
                                      BiFunction<SupportDesk, MeterRegistry, List<Platform>> platforms,
                                      Function<PrometheusMeterRegistry, SupportDesk> desk, Consumer<RoutesConfig> pages) {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        JvmGcMetrics gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(metrics);

        List<Platform> configured = platforms.apply(desk.apply(metrics), metrics);
        List<ChatPlatform> chat = configured.stream().map(Platform::platform).toList();
        DocentHttpServer server = DocentHttpServer.start(host, port, elasticsearch, chat, metrics, routes -> {
            configured.forEach(p -> p.routes().accept(routes));
            pages.accept(routes);
        });
        List<ChatPlatform> started = new ArrayList<>();
        for (ChatPlatform platform : chat) {
            try {
                platform.start();
            } catch (RuntimeException e) {
                started.forEach(ChatPlatform::close);
                server.close();
                gcMetrics.close();
                throw PlatformFailures.whenStarting(platform.name(), e);
            }
            started.add(platform);
            log.atInfo().addKeyValue("platform", platform.name()).log("platform started");
        }
        return new DocentService(server, chat, gcMetrics);
    }

    public int port() {
        return server.port();
    }

    public List<String> platformNames() {
        return platforms.stream().map(ChatPlatform::name).toList();
    }

    @Override
    public void close() {
        for (ChatPlatform platform : platforms) {
            try {
                platform.close();
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("platform", platform.name()).log("platform did not close cleanly: {}", e.getMessage());
            }
        }
        server.close();
        gcMetrics.close();
    }
}
