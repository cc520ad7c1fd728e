package dev.docent.elasticsearch;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A node in a child JVM, for the application: the node's jars stay on their own classpath, and the
 * node never outlives this JVM. The child exits when its stdin closes, which the operating system
 * does when this JVM dies however it dies (kill -9 included); on a normal exit or Ctrl-C a shutdown
 * hook stops it too.
 *
 * <p>Uses the JDK only: the application's classpath does not hold the Elasticsearch server.
 */
public final class ChildElasticsearchProcess implements AutoCloseable {

    /** {@link ChildNodeMain}, named rather than referenced so that this class never loads it. */
    static final String MAIN_CLASS = "dev.docent.elasticsearch.ChildNodeMain";

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);

    private final Process process;
    private final URI httpUri;
    private final Thread shutdownHook;

    private ChildElasticsearchProcess(Process process, URI httpUri, Thread shutdownHook) {
        this.process = process;
        this.httpUri = httpUri;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Launches the node and waits until it serves HTTP.
     *
     * @throws EmbeddedElasticsearchException with a one-line reason when the node reports one (e.g.
     *         "another Docent is already using /path"), or with the tail of its logs when it dies or
     *         does not start in time
     */
    public static ChildElasticsearchProcess start(ChildNodeOptions options) {
        Path home = NodeLayout.home(options.dataDir());
        Path logs = NodeLayout.logs(home);
        Process process = launch(options, home, logs);
        Thread shutdownHook = new Thread(() -> stop(process), "docent-es-child-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            int port = awaitPort(process, options.startupTimeout(), home, logs);
            return new ChildElasticsearchProcess(process, URI.create("http://127.0.0.1:" + port), shutdownHook);
        } catch (RuntimeException e) {
            stop(process);
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            throw e;
        }
    }

    /** The HTTP address, e.g. {@code http://127.0.0.1:54321}. */
    public URI httpUri() {
        return httpUri;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes when the child exits, for whatever reason. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Stops the node (gracefully, then forcibly) and waits for the child to exit. */
    @Override
    public void close() {
        stop(process);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; it finds the child gone.
        }
    }

    private static Process launch(ChildNodeOptions options, Path home, Path logs) {
        try {
            Files.createDirectories(logs);
            return new ProcessBuilder(command(options, home))
                    .redirectInput(Redirect.PIPE)
                    .redirectOutput(Redirect.PIPE)
                    .redirectError(Redirect.appendTo(logs.resolve(NodeLayout.CONSOLE_LOG).toFile()))
                    .start();
        } catch (IOException e) {
            throw new EmbeddedElasticsearchException("Cannot launch Elasticsearch with " + options.javaExecutable() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> command(ChildNodeOptions options, Path home) {
        List<String> command = new ArrayList<>(List.of(
                options.javaExecutable().toString(),
                "-Xmx" + options.maxHeap(),
                "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                // What Elasticsearch's own launcher sets for Netty, log4j and locales.
                "-Dio.netty.noUnsafe=true",
                "-Dio.netty.noKeySetOptimization=true",
                "-Dio.netty.recycler.maxCapacityPerThread=0",
                "-Dlog4j.shutdownHookEnabled=false",
                "-Dlog4j2.disable.jmx=true",
                "-Dlog4j2.formatMsgNoLookups=true",
                "-Djava.locale.providers=CLDR",
                "-Dfile.encoding=UTF-8",
                "-cp", options.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        command.add(MAIN_CLASS);
        command.add(home.toString());
        command.add(Integer.toString(options.httpPort()));
        options.membership().ifPresent(member -> command.addAll(member.arguments()));
        return command;
    }

    private static int awaitPort(Process process, Duration timeout, Path home, Path logs) {
        CompletableFuture<String> report = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("docent-es-child-report")
                .start(() -> report.complete(firstReport(process.getInputStream())));
        String line;
        try {
            line = report.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new EmbeddedElasticsearchException("Elasticsearch did not start within " + timeout.toSeconds()
                    + " s on " + home + logTail(logs));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedElasticsearchException("Interrupted while Elasticsearch was starting on " + home, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (line == null) {
            throw new EmbeddedElasticsearchException("Elasticsearch exited with status " + exitStatus(process)
                    + " before it was ready on " + home + logTail(logs));
        }
        OptionalInt port = ChildNodeProtocol.readyPort(line);
        if (port.isPresent()) {
            return port.getAsInt();
        }
        throw new EmbeddedElasticsearchException(ChildNodeProtocol.failureReason(line).orElseThrow());
    }

    /** The child's ready or failed line, or null if its stdout ended (or broke) without one. */
    private static String firstReport(InputStream stdout) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (ChildNodeProtocol.readyPort(line).isPresent() || ChildNodeProtocol.failureReason(line).isPresent()) {
                    return line;
                }
            }
            return null;
        } catch (IOException brokenPipe) {
            return null;
        }
    }

    private static String exitStatus(Process process) {
        try {
            return process.waitFor(FORCED_STOP.toMillis(), TimeUnit.MILLISECONDS) ? Integer.toString(process.exitValue()) : "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String logTail(Path logs) {
        return LogTail.of(logs, List.of(NodeLayout.CONSOLE_LOG, NodeLayout.LOG_FILE));
    }

    private static void stop(Process process) {
        try {
            // End of stdin is the child's signal to close the node and exit.
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // Then the child saw the end of its stdin already.
        }
        try {
            if (process.waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS) == false) {
                process.destroyForcibly().waitFor(FORCED_STOP.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
