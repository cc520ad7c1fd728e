package dev.docent.core.elasticsearch;

import dev.docent.core.error.UnavailableException;

/** Elasticsearch could not be reached or refused Docent; the message says which, in one line. */
public class ElasticsearchUnavailableException extends UnavailableException {

    public ElasticsearchUnavailableException(String message, Throwable cause) {
        super("Elasticsearch", message, cause);
    }
}
