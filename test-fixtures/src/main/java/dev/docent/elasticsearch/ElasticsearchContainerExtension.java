package dev.docent.elasticsearch;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * An official Elasticsearch image through Testcontainers: single node, security off, plain HTTP.
 * Where no Docker engine is reachable the test class is skipped (reported as skipped, not failed).
 * One container per image per test JVM, shared by the classes that ask for that image and stopped
 * at the end of the run. The test module needs {@code org.testcontainers:testcontainers} in test
 * scope (it is an optional dependency here).
 *
 * <p>A contract is written once and run against every Elasticsearch Docent supports:
 * <pre>{@code
 * abstract class PassageSearchContract {
 *     abstract ElasticsearchEndpoint endpoint();
 *
 *     @Test
 *     void findsStemmedWords() { ... endpoint().uri() ... }
 * }
 *
 * @EmbeddedElasticsearchTest
 * class PassageSearchOnEmbeddedTest extends PassageSearchContract {
 *     ElasticsearchEndpoint elasticsearch;
 *     ElasticsearchEndpoint endpoint() { return elasticsearch; }
 * }
 *
 * class PassageSearchOnElasticsearch8Test extends PassageSearchContract {
 *     @RegisterExtension
 *     static final ElasticsearchContainerExtension ELASTICSEARCH =
 *             ElasticsearchContainerExtension.forImage(ElasticsearchContainerExtension.ELASTICSEARCH_8);
 *     ElasticsearchEndpoint elasticsearch;
 *     ElasticsearchEndpoint endpoint() { return elasticsearch; }
 * }
 * }</pre>
 * Register it from a static field so that it decides, before the class runs, whether to skip it.
 * The endpoint is injected into fields and parameters as with {@link EmbeddedElasticsearchExtension}.
 *
 * <p>A 9.x Java client sends {@code compatible-with=9} media types, which an 8.x server refuses: a
 * contract meant for 8.19 too talks plain JSON over HTTP, or configures its client accordingly.
 */
public final class ElasticsearchContainerExtension extends FixtureInjection<ElasticsearchEndpoint> implements ExecutionCondition {

    public static final String ELASTICSEARCH_8 = "docker.elastic.co/elasticsearch/elasticsearch:8.19.21";
    public static final String ELASTICSEARCH_9 = "docker.elastic.co/elasticsearch/elasticsearch:9.5.3";

    private static final Namespace NAMESPACE = Namespace.create(ElasticsearchContainerExtension.class);

    private final String image;

    private ElasticsearchContainerExtension(String image) {
        super(ElasticsearchEndpoint.class);
        this.image = image;
    }

    /** @param image e.g. {@link #ELASTICSEARCH_8}, {@link #ELASTICSEARCH_9} or another official tag */
    public static ElasticsearchContainerExtension forImage(String image) {
        return new ElasticsearchContainerExtension(image);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return DockerEngine.neededFor(image, context);
    }

    @Override
    ElasticsearchEndpoint provided(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(image, RunningImage::start, RunningImage.class)
                .endpoint();
    }

    /** Closed by JUnit with the root context's store, at the end of the run. */
    private record RunningImage(GenericContainer<?> container) implements AutoCloseable {

        static RunningImage start(String image) {
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                    .withEnv(OfficialImage.TEST_SETTINGS)
                    .withEnv("discovery.type", "single-node")
                    .withExposedPorts(OfficialImage.HTTP_PORT)
                    .waitingFor(OfficialImage.serving(Duration.ofMinutes(3)));
            container.start();
            return new RunningImage(container);
        }

        ElasticsearchEndpoint endpoint() {
            return new ElasticsearchEndpoint(URI.create(
                    "http://" + container.getHost() + ":" + container.getMappedPort(OfficialImage.HTTP_PORT)));
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
