package dev.docent.core.elasticsearch;

/** Elasticsearch could not be reached or refused Docent; the message says which, in one line. */
public class ElasticsearchUnavailableException extends RuntimeException {

    public ElasticsearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
