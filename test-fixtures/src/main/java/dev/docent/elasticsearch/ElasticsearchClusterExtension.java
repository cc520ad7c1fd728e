package dev.docent.elasticsearch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * A real three-node Elasticsearch cluster of child JVMs on 127.0.0.1 ({@link EmbeddedCluster}),
 * started on first use and stopped - its directory deleted - when the run ends; healed before each
 * test (see {@link HealingClusterExtension}).
 *
 * <p>Use {@link ElasticsearchClusterTest} and take the {@link KillableCluster} as a field or a
 * parameter. The child nodes run on the test JVM's classpath, which must hold the Elasticsearch
 * server (test scope). The same suite runs on the official images with
 * {@link ElasticsearchContainerClusterExtension}.
 */
public final class ElasticsearchClusterExtension extends HealingClusterExtension {

    private static final Namespace NAMESPACE = Namespace.create(ElasticsearchClusterExtension.class);

    @Override
    KillableCluster cluster(ExtensionContext context) {
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
