package dev.docent.elasticsearch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

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
public final class ElasticsearchClusterExtension implements ParameterResolver, TestInstancePostProcessor, BeforeEachCallback {

    public static final int NODES = 3;
    /** Three JVMs starting at once share two cores with the tests and other builds. */
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final Namespace NAMESPACE = Namespace.create(ElasticsearchClusterExtension.class);

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
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return cluster(context);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == EmbeddedCluster.class && !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isFinal(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(testInstance, cluster(context));
                }
            }
        }
    }

    private static EmbeddedCluster cluster(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SuiteCluster.class, type -> SuiteCluster.start(), SuiteCluster.class)
                .cluster();
    }

    /** Closed by JUnit with the root context's store, at the end of the run. */
    private record SuiteCluster(Path directory, EmbeddedCluster cluster) implements AutoCloseable {

        static SuiteCluster start() {
            try {
                Path directory = Files.createTempDirectory("docent-es-cluster-");
                ChildNodeOptions nodes = ChildNodeOptions.forClasspath(directory, Arrays.stream(
                                System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList())
                        .withMaxHeap("384m").withStartupTimeout(PATIENCE);
                return new SuiteCluster(directory, EmbeddedCluster.start("docent-test", NODES, nodes));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a directory for the test cluster: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            cluster.close();
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
