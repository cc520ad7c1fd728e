package dev.docent.slack.http;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as any server hands it over: Slack signs the raw body, so the body must be
 * passed exactly as received.
 *
 * @param headers header names to values; names in any case
 */
public record SlackHttpRequest(String path, Map<String, List<String>> query, Map<String, List<String>> headers,
                               String body, String remoteAddress) {

    public SlackHttpRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }
}
