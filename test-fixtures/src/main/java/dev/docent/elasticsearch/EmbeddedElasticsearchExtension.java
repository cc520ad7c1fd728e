package dev.docent.elasticsearch;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * One embedded node per test JVM, started on first use and shared by every test class that uses
 * this extension; stopped, and its temporary directory deleted, when the test run ends.
 *
 * <p>Use {@link EmbeddedElasticsearchTest} (or {@code @ExtendWith(EmbeddedElasticsearchExtension.class)})
 * and take an {@link ElasticsearchEndpoint} as a field or a parameter:
 * <pre>{@code
 * @EmbeddedElasticsearchTest
 * class PassageSearchTest {
 *     ElasticsearchEndpoint elasticsearch;   // injected
 *
 *     @Test
 *     void findsStemmedWords() { ... elasticsearch.uri() ... }
 * }
 * }</pre>
 * The node is shared: each test class should use its own index names. The test JVM needs
 * {@code --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED} (the parent pom's
 * surefire argLine has them).
 *
 * <p>To run the same tests against the official images too, see {@link ElasticsearchContainerExtension}.
 */
public final class EmbeddedElasticsearchExtension extends FixtureInjection<ElasticsearchEndpoint> {

    private static final Namespace NAMESPACE = Namespace.create(EmbeddedElasticsearchExtension.class);

    public EmbeddedElasticsearchExtension() {
        super(ElasticsearchEndpoint.class);
    }

    @Override
    ElasticsearchEndpoint provided(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SuiteNode.class, type -> SuiteNode.start(), SuiteNode.class)
                .endpoint();
    }

    /** Closed by JUnit with the root context's store, at the end of the run. */
    private record SuiteNode(Path directory, EmbeddedElasticsearch node) implements AutoCloseable {

        static SuiteNode start() {
            Path directory = TemporaryDirectory.create("docent-es-test-");
            return new SuiteNode(directory, EmbeddedElasticsearch.start(directory));
        }

        ElasticsearchEndpoint endpoint() {
            return new ElasticsearchEndpoint(node.httpUri());
        }

        @Override
        public void close() throws IOException {
            node.close();
            TemporaryDirectory.delete(directory);
        }
    }
}
