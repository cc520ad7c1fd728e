package dev.docent.lab.bench.serve;

import dev.docent.core.error.UnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code docent serve} replica in a process of its own, started with this JVM's java and
 * classpath and the environment it is given (ES_URL, SLACK_*, DOCENT_HTTP_PORT...), its output in a
 * log file. It is ready once its /health answers 200.
 */
final class ReplicaProcess implements AutoCloseable {

    /** A replica loads the embedding model and connects to Elasticsearch and Slack: seconds, more on a busy machine. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;

    private ReplicaProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param heap the replica's -Xmx, as DOCENT_JAVA_OPTS sets it for ./docent
     * @param log  where its stdout and stderr go
     */
    static ReplicaProcess start(Map<String, String> environment, int port, String heap, Path log) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), ReplicaMain.class.getName(), "serve", "--host", "127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(Redirect.appendTo(log.toFile()))
                .redirectInput(Redirect.PIPE);
        builder.environment().putAll(environment);
        builder.environment().put("DOCENT_HTTP_PORT", Integer.toString(port));
        try {
            Files.createDirectories(log.getParent());
            ReplicaProcess replica = new ReplicaProcess(builder.start(), port);
            replica.awaitReady(log);
            return replica;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a Docent replica: " + e.getMessage(), e);
        }
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new UnavailableException("replica", "A Docent replica exited with status " + process.exitValue()
                        + " before it served; see " + log, null);
            }
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new UnavailableException("replica", "A Docent replica did not serve within " + READY_WITHIN.toMinutes()
                + " minutes; see " + log, null);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Ends its standard input, which ends the replica as Ctrl-C would; forcibly if it does not go. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
