package dev.docent.elasticsearch;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * A real three-node cluster of an official Elasticsearch image through Testcontainers
 * ({@link ContainerCluster}), one per image per test JVM, started on first use and removed when the
 * run ends; healed before each test (see {@link HealingClusterExtension}). Where no Docker engine
 * is reachable the test class is skipped (reported as skipped, not failed). The test module needs
 * {@code org.testcontainers:testcontainers} in test scope.
 *
 * <p>Register it from a static field, so that it decides before the class runs whether to skip it,
 * and take the {@link KillableCluster} as a field or a parameter:
 * <pre>{@code
 * class NodeLossOnElasticsearchImagesTest extends NodeLossContract {
 *     @RegisterExtension
 *     static final ElasticsearchContainerClusterExtension CLUSTER =
 *             ElasticsearchContainerClusterExtension.forImage(ElasticsearchContainerExtension.ELASTICSEARCH_9);
 * }
 * }</pre>
 */
public final class ElasticsearchContainerClusterExtension extends HealingClusterExtension implements ExecutionCondition {

    private static final Namespace NAMESPACE = Namespace.create(ElasticsearchContainerClusterExtension.class);

    private final String image;

    private ElasticsearchContainerClusterExtension(String image) {
        this.image = image;
    }

    /** @param image an official tag, e.g. {@link ElasticsearchContainerExtension#ELASTICSEARCH_9} */
    public static ElasticsearchContainerClusterExtension forImage(String image) {
        return new ElasticsearchContainerClusterExtension(image);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return DockerEngine.neededFor("a cluster of " + image, context);
    }

    /** JUnit closes it with the root context's store, at the end of the run. */
    @Override
    KillableCluster cluster(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(image,
                name -> ContainerCluster.start(name, "docent-test", NODES, PATIENCE), ContainerCluster.class);
    }
}
