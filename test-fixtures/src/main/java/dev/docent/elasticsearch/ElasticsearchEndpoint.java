package dev.docent.elasticsearch;

import java.net.URI;
import java.util.Objects;

/**
 * Where a test's Elasticsearch listens, whichever fixture started it: the embedded node or an
 * official image. Plain HTTP, no credentials.
 *
 * @param uri e.g. {@code http://127.0.0.1:54321}
 */
public record ElasticsearchEndpoint(URI uri) {

    public ElasticsearchEndpoint {
        Objects.requireNonNull(uri, "uri");
    }
}
