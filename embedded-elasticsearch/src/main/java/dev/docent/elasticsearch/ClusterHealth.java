package dev.docent.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Asks a cluster's nodes, over plain HTTP, whether the cluster is whole: {@link KillableCluster#awaitGreen}. */
final class ClusterHealth {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ClusterHealth() {
    }

    static boolean awaitGreen(List<URI> nodes, int size, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long seconds = Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toSeconds());
            for (URI node : nodes) {
                try {
                    HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(node.resolve("/_cluster/health?wait_for_status=green"
                                    + "&wait_for_nodes=" + size + "&timeout=" + seconds + "s"))
                            .timeout(Duration.ofSeconds(seconds + 5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return true;
                    }
                } catch (IOException e) {
                    // This node is down or not up yet: ask the next one.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
