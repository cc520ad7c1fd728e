package dev.docent.app.runtime;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.elasticsearch.SupervisedNode;
import java.util.Optional;
import java.util.function.Supplier;

/** A connection to Elasticsearch and, when Docent started the node itself, that node's lifetime. */
public record RunningElasticsearch(ElasticsearchConnection connection, AutoCloseable node,
                                   Supplier<Optional<SupervisedNode.State>> nodeState) implements AutoCloseable {

    public static RunningElasticsearch external(ElasticsearchConnection connection) {
        return new RunningElasticsearch(connection, () -> { }, Optional::empty);
    }

    /** The embedded node, started again by its supervisor when it dies. */
    public static RunningElasticsearch supervised(ElasticsearchConnection connection, SupervisedNode node) {
        return new RunningElasticsearch(connection, node, () -> Optional.of(node.state()));
    }

    @Override
    public void close() {
        connection.close();
        try {
            node.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the embedded Elasticsearch node: " + e.getMessage(), e);
        }
    }
}
