package dev.docent.core.error;

import java.util.Objects;

/**
 * A service Docent depends on - Elasticsearch, Slack, Discord, a model's API, a documentation
 * site or git remote - cannot be reached, or refuses Docent (its credentials, its permissions).
 * Not the user's input: the connection, the credentials or the service itself need attention.
 */
public non-sealed class UnavailableException extends DocentException {

    private final String service;

    /**
     * @param service what could not be reached, as a reader names it: "Elasticsearch", "Slack"
     */
    public UnavailableException(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = Objects.requireNonNull(service);
    }

    public String service() {
        return service;
    }
}
