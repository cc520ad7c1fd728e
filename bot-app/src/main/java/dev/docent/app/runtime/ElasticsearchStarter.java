package dev.docent.app.runtime;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.elasticsearch.ElasticsearchUnavailableException;
import dev.docent.elasticsearch.SupervisedNode;
import dev.docent.elasticsearch.ChildNodeOptions;
import dev.docent.elasticsearch.EmbeddedElasticsearchException;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/** Connects Docent to Elasticsearch: the cluster at ES_URL, or else a node of its own. */
@FunctionalInterface
public interface ElasticsearchStarter {

    RunningElasticsearch start(Settings settings);

    /**
     * ES_URL when set (checked at once, so a wrong address fails before the first question);
     * otherwise the embedded node in a child JVM, with its data under DOCENT_HOME/elasticsearch.
     */
    static ElasticsearchStarter standard() {
        return settings -> settings.elasticsearchUrls().isEmpty()
                ? startEmbeddedNode(settings)
                : connectTo(ElasticsearchConnection.open(settings.elasticsearchUrls(), settings.elasticsearchApiKey()));
    }

    private static RunningElasticsearch connectTo(ElasticsearchConnection connection) {
        try {
            connection.verify();
            return RunningElasticsearch.external(connection);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static RunningElasticsearch startEmbeddedNode(Settings settings) {
        Path lib = NodeLibrary.of(settings);
        SupervisedNode node;
        try {
            node = SupervisedNode.start(ChildNodeOptions
                    .forLibDirectory(settings.home().resolve("elasticsearch"), lib)
                    .withMaxHeap(settings.nodeHeap()), Executors.newSingleThreadScheduledExecutor(runnable -> {
                        Thread thread = new Thread(runnable, "docent-es-supervisor");
                        thread.setDaemon(true);
                        return thread;
                    }));
        } catch (EmbeddedElasticsearchException e) {
            throw new ElasticsearchUnavailableException("The embedded Elasticsearch node did not start: " + e.getMessage(), e);
        }
        ElasticsearchConnection connection = ElasticsearchConnection.open(node.httpUri(), java.util.Optional.empty());
        return RunningElasticsearch.supervised(connection, node);
    }
}
