package dev.docent.app.cli;

import dev.docent.app.runtime.NodeLibrary;
import dev.docent.app.runtime.Settings;
import dev.docent.core.elasticsearch.ElasticsearchUnavailableException;
import dev.docent.core.error.UserInputException;
import dev.docent.elasticsearch.ChildNodeOptions;
import dev.docent.elasticsearch.EmbeddedCluster;
import dev.docent.elasticsearch.EmbeddedElasticsearchException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code docent cluster}: a real Elasticsearch cluster on this machine, to try Docent against one -
 * its replicas, a node that dies - without installing anything. Prints the ES_URL that points
 * Docent at every node; a node that dies is started again after a few seconds; Ctrl-C stops them all.
 */
@Command(name = "cluster", description = "Start a local Elasticsearch cluster (child JVMs on 127.0.0.1, one data "
        + "directory each) and print the ES_URL for 'docent serve', 'ask', 'index'... A node that dies (try kill -9) "
        + "is started again after a few seconds. Stops on Ctrl-C.")
final class ClusterCommand implements Callable<Integer> {

    /** Three nodes start at once on two cores in about a minute; a slow machine gets more. */
    private static final Duration NODE_PATIENCE = Duration.ofMinutes(3);
    /** Long enough after a death to watch Docent's /health say "degraded". */
    private static final Duration BEFORE_RESTART = Duration.ofSeconds(5);

    @ParentCommand
    private DocentCommand root;

    @Option(names = "--nodes", paramLabel = "<n>", defaultValue = "3",
            description = "How many nodes (default: ${DEFAULT-VALUE}; 3 is the smallest cluster that survives losing one).")
    private int nodes;

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "9201",
            description = "The first node's HTTP port; the others take the next ones (default: ${DEFAULT-VALUE}; 0: any free ports).")
    private int port;

    @Option(names = "--name", paramLabel = "<name>", defaultValue = "docent-cluster",
            description = "The cluster's name (default: ${DEFAULT-VALUE}).")
    private String name;

    @Option(names = "--data", paramLabel = "<dir>",
            description = "Where the nodes keep their data, one folder each (default: DOCENT_HOME/cluster). Kept across runs.")
    private Path data;

    @Override
    public Integer call() throws InterruptedException {
        if (nodes < 1 || nodes > 9) {
            throw new UserInputException("--nodes must be between 1 and 9, not " + nodes);
        }
        if (port < 0 || port + nodes - 1 > 65_535) {
            throw new UserInputException("--port must leave room for " + nodes + " ports below 65536, not " + port);
        }
        Settings settings = root.settings();
        Path directory = data != null ? data : settings.home().resolve("cluster");
        PrintStream out = root.console().out();
        PrintStream err = root.console().err();
        err.printf("Starting %d Elasticsearch nodes under %s (heap %s each)...%n", nodes, directory, settings.nodeHeap());
        EmbeddedCluster cluster;
        try {
            cluster = EmbeddedCluster.start(name, nodes, ChildNodeOptions.forLibDirectory(directory, NodeLibrary.of(settings))
                    .withMaxHeap(settings.nodeHeap()).withHttpPort(port).withStartupTimeout(NODE_PATIENCE));
        } catch (EmbeddedElasticsearchException e) {
            throw new ElasticsearchUnavailableException("The cluster did not start: " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C: the nodes stop through their own shutdown hooks; this one only ends the wait quietly.
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "docent-cluster-stop"));
        out.printf("Cluster '%s' is up: %d nodes.%n", name, cluster.size());
        for (int i = 0; i < cluster.size(); i++) {
            out.printf("  %s  %s  pid %d%n", cluster.name(i), cluster.httpUris().get(i), cluster.pid(i));
            watch(cluster, i, stopped, err);
        }
        out.println("ES_URL=" + cluster.httpUris().stream().map(URI::toString).collect(Collectors.joining(",")));
        out.flush();
        err.println("Point Docent at it with that ES_URL (e.g. ES_URL=... ./docent serve). Ctrl-C stops the cluster.");
        stopped.await();
        return ExitCode.OK;
    }

    /** A node that dies while the cluster runs is reported and started again; one stopped by Ctrl-C is not. */
    private static void watch(EmbeddedCluster cluster, int index, CountDownLatch stopped, PrintStream err) {
        cluster.onExit(index).thenAccept(process -> {
            if (stopped.getCount() == 0 || process.exitValue() == 0) {
                return;
            }
            err.printf("%s exited (status %d); starting it again in %d s.%n", cluster.name(index), process.exitValue(),
                    BEFORE_RESTART.toSeconds());
            try {
                if (stopped.await(BEFORE_RESTART.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
                cluster.restart(index);
                err.printf("%s is back (pid %d).%n", cluster.name(index), cluster.pid(index));
                watch(cluster, index, stopped, err);
            } catch (EmbeddedElasticsearchException e) {
                err.printf("%s did not start again: %s%n", cluster.name(index), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
