package dev.docent.app.runtime;

import dev.docent.core.elasticsearch.ElasticsearchConnection;

/** A connection to Elasticsearch and, when Docent started the node itself, that node's lifetime. */
public record RunningElasticsearch(ElasticsearchConnection connection, AutoCloseable node) implements AutoCloseable {

    public static RunningElasticsearch external(ElasticsearchConnection connection) {
        return new RunningElasticsearch(connection, () -> { });
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
