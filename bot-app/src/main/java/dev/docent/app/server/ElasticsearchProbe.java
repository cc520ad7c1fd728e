package dev.docent.app.server;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.elasticsearch.SupervisedNode;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * {@code /health}'s view of Elasticsearch, asked with a deadline, so a frozen node makes the check
 * fail within seconds instead of holding the health check - and the load balancer - for ever:
 * <ul>
 *   <li>"up": every shard of Docent's indices has all its copies, on as many nodes as ever seen;</li>
 *   <li>"degraded": Docent is served, but with less to spare - a copy of a shard is missing
 *       (cluster health yellow, or red for an index whose last copy is gone), fewer nodes are in
 *       the cluster than this replica has seen, or a node answers while the cluster has no master;</li>
 *   <li>"recovering": the embedded node died and its supervisor is starting it again;</li>
 *   <li>"down": nothing answers.</li>
 * </ul>
 */
public final class ElasticsearchProbe {

    static final Duration DEADLINE = Duration.ofSeconds(2);
    /** The health of Docent's own indices: another application's yellow index on a shared cluster is not Docent's. */
    static final String DOCENT_INDICES = "docent-*";
    private static final String MASTER_PATIENCE = "1s";

    /** What the probe found, and for "degraded", why. */
    public record Health(String state, Optional<String> reason) {

        static Health of(String state) {
            return new Health(state, Optional.empty());
        }

        static Health degraded(String reason) {
            return new Health("degraded", Optional.of(reason));
        }
    }

    private final ElasticsearchConnection connection;
    private final Supplier<Optional<SupervisedNode.State>> node;
    private final AtomicInteger mostNodesSeen = new AtomicInteger();

    /** @param node the embedded node's state, empty for a cluster Docent does not run itself */
    public ElasticsearchProbe(ElasticsearchConnection connection, Supplier<Optional<SupervisedNode.State>> node) {
        this.connection = connection;
        this.node = node;
    }

    public static ElasticsearchProbe of(ElasticsearchConnection connection) {
        return new ElasticsearchProbe(connection, Optional::empty);
    }

    public Health health() {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        CompletableFuture<HealthResponse> cluster = connection.callAsync(c -> c.cluster().health(h -> h
                .index(DOCENT_INDICES).masterTimeout(t -> t.time(MASTER_PATIENCE))));
        CompletableFuture<?> info = connection.callAsync(ElasticsearchAsyncClient::info);
        Optional<HealthResponse> health = within(cluster, deadline);
        if (health.isPresent()) {
            return judge(health.get());
        }
        if (within(info, deadline).isPresent()) {
            return Health.degraded("a node answers, but the cluster has no master to tell its health");
        }
        return Health.of(node.get().filter(state -> state == SupervisedNode.State.RECOVERING).isPresent() ? "recovering" : "down");
    }

    private Health judge(HealthResponse health) {
        int nodes = health.numberOfNodes();
        int most = mostNodesSeen.accumulateAndGet(nodes, Math::max);
        if (health.status() != HealthStatus.Green) {
            return Health.degraded("cluster health of Docent's indices is " + health.status().jsonValue() + " ("
                    + health.unassignedShards() + " shard copies unassigned, " + nodes + " of " + most + " nodes)");
        }
        if (nodes < most) {
            return Health.degraded(nodes + " of the " + most + " nodes seen are in the cluster");
        }
        return Health.of("up");
    }

    private static <T> Optional<T> within(CompletableFuture<T> call, long deadlineNanos) {
        try {
            return Optional.of(call.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
