package dev.docent.app.runtime;

import dev.docent.core.elasticsearch.ElasticsearchUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The jars an embedded Elasticsearch node runs from, which the launcher script names (bot-app/target/es-node/lib). */
public final class NodeLibrary {

    private NodeLibrary() {
    }

    /** @throws ElasticsearchUnavailableException saying what to do when the jars are not there */
    public static Path of(Settings settings) {
        Path lib = settings.nodeLib().orElseThrow(() -> new ElasticsearchUnavailableException(
                "Set ES_URL to your Elasticsearch, or run Docent through ./docent, which provides the embedded node.", null));
        if (!Files.isDirectory(lib)) {
            throw new ElasticsearchUnavailableException("The embedded Elasticsearch node is missing from " + lib
                    + ": rebuild with ./docent, or set ES_URL.", null);
        }
        return lib;
    }
}
