package dev.docent.elasticsearch;

/**
 * Why the embedded node could not start, in one sentence a user can act on. Free of Elasticsearch
 * types, so the application can catch it without the node's jars on its classpath.
 */
public class EmbeddedElasticsearchException extends RuntimeException {

    public EmbeddedElasticsearchException(String message) {
        super(message);
    }

    public EmbeddedElasticsearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
