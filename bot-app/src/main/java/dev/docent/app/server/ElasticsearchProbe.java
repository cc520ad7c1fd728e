package dev.docent.app.server;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.elasticsearch.SupervisedNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * {@code /health}'s view of Elasticsearch: "up", "recovering" (the embedded node died and its
 * supervisor is starting it again) or "down". Asked with a deadline, so a frozen node makes the
 * check fail within seconds instead of holding the health check - and the load balancer - for ever.
 */
public final class ElasticsearchProbe {

    static final Duration DEADLINE = Duration.ofSeconds(2);

    private final ElasticsearchConnection connection;
    private final Supplier<Optional<SupervisedNode.State>> node;

    /** @param node the embedded node's state, empty for a cluster Docent does not run itself */
    public ElasticsearchProbe(ElasticsearchConnection connection, Supplier<Optional<SupervisedNode.State>> node) {
        this.connection = connection;
        this.node = node;
    }

    public static ElasticsearchProbe of(ElasticsearchConnection connection) {
        return new ElasticsearchProbe(connection, Optional::empty);
    }

    public String check() {
        try {
            connection.callAsync(ElasticsearchAsyncClient::info).get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            return "up";
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return node.get().filter(state -> state == SupervisedNode.State.RECOVERING)
                    .map(state -> state.name().toLowerCase(Locale.ROOT)).orElse("down");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "down";
        }
    }
}
