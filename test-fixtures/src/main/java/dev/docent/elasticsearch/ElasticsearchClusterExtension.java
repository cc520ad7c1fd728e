package dev.docent.elasticsearch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * A real three-node Elasticsearch cluster ({@link EmbeddedCluster}: child JVMs on 127.0.0.1) per
 * test JVM, started on first use, shared by every test class that uses this extension, and stopped
 * - its directory deleted - when the run ends. Tests kill nodes: before each test, a node that is
 * not running is started again and the cluster is awaited green, so every test starts whole.
 *
 * <p>Use {@link ElasticsearchClusterTest} and take the {@link EmbeddedCluster} as a field or a
 * parameter. The child nodes run on the test JVM's classpath, which must hold the Elasticsearch
 * server (test scope).
 */
public final class ElasticsearchClusterExtension extends FixtureInjection<EmbeddedCluster> implements BeforeEachCallback {

    public static final int NODES = 3;
    /** Three JVMs starting at once share two cores with the tests and other builds. */
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final Namespace NAMESPACE = Namespace.create(ElasticsearchClusterExtension.class);

    public ElasticsearchClusterExtension() {
        super(EmbeddedCluster.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        EmbeddedCluster cluster = cluster(context);
        for (int i = 0; i < cluster.size(); i++) {
            if (!cluster.isAlive(i)) {
                cluster.restart(i);
            }
        }
        if (!cluster.awaitGreen(PATIENCE)) {
            throw new IllegalStateException("The test cluster did not get all " + NODES + " nodes and every shard copy back"
                    + " within " + PATIENCE.toMinutes() + " minutes");
        }
    }

    @Override
    EmbeddedCluster provided(ExtensionContext context) {
        return cluster(context);
    }

    private static EmbeddedCluster cluster(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SuiteCluster.class, type -> SuiteCluster.start(), SuiteCluster.class)
                .cluster();
    }

    /** Closed by JUnit with the root context's store, at the end of the run. */
    private record SuiteCluster(Path directory, EmbeddedCluster cluster) implements AutoCloseable {

        static SuiteCluster start() {
            Path directory = TemporaryDirectory.create("docent-es-cluster-");
            ChildNodeOptions nodes = ChildNodeOptions.forClasspath(directory, Arrays.stream(
                            System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList())
                    .withMaxHeap("384m").withStartupTimeout(PATIENCE);
            return new SuiteCluster(directory, EmbeddedCluster.start("docent-test", NODES, nodes));
        }

        @Override
        public void close() throws IOException {
            cluster.close();
            TemporaryDirectory.delete(directory);
        }
    }
}
