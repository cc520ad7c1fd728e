package dev.docent.lab.bench.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Asks Docent's {@code GET /health} every 200 ms on a thread of its own and keeps each answer with
 * the time it came back: the top-level status ("up" or "down") and what it said of Elasticsearch
 * ("up", "recovering", "down"). A request that fails counts as "unreachable".
 */
final class HealthWatch implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMillis(200);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One answer of /health. */
    record Sample(long atNanos, String status, String elasticsearch) {

        boolean up() {
            return status.equals("up");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI health;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean stopped;

    private HealthWatch(URI health) {
        this.health = health;
        this.poller = Thread.ofPlatform().daemon().name("bench-health-watch").unstarted(this::poll);
    }

    static HealthWatch start(int port) {
        HealthWatch watch = new HealthWatch(URI.create("http://127.0.0.1:" + port + "/health"));
        watch.poller.start();
        return watch;
    }

    private void poll() {
        long next = System.nanoTime();
        while (!stopped) {
            samples.add(ask());
            next += INTERVAL.toNanos();
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                next = System.nanoTime();
            }
        }
    }

    private Sample ask() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            return new Sample(System.nanoTime(), body.path("status").asText("?"),
                    body.path("checks").path("elasticsearch").asText("?"));
        } catch (IOException e) {
            return new Sample(System.nanoTime(), "unreachable", "?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            return new Sample(System.nanoTime(), "unreachable", "?");
        }
    }

    /** The first answer after {@code fromNanos} that was not "up". */
    Optional<Sample> firstNotUpAfter(long fromNanos) {
        return samples.stream().filter(s -> s.atNanos() > fromNanos && !s.up()).findFirst();
    }

    /** The first "up" after {@code fromNanos}. */
    Optional<Sample> firstUpAfter(long fromNanos) {
        return samples.stream().filter(s -> s.atNanos() > fromNanos && s.up()).findFirst();
    }

    /** Waits (at most {@code patience}) for an "up" after {@code fromNanos}. */
    Optional<Sample> awaitUpAfter(long fromNanos, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Sample> up = firstUpAfter(fromNanos);
            if (up.isPresent()) {
                return up;
            }
            TimeUnit.MILLISECONDS.sleep(INTERVAL.toMillis());
        }
        return firstUpAfter(fromNanos);
    }

    /** What /health said of Elasticsearch between the two times, in order, each once. */
    List<String> elasticsearchStatesBetween(long fromNanos, long toNanos) {
        return samples.stream().filter(s -> s.atNanos() > fromNanos && s.atNanos() <= toNanos)
                .map(Sample::elasticsearch).distinct().toList();
    }

    @Override
    public void close() {
        stopped = true;
        poller.interrupt();
    }
}
