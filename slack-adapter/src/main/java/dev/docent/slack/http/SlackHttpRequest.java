package dev.docent.slack.http;

import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The request as Bolt's parser takes it. */
    public SlackRequestParser.HttpRequest forBolt() {
        // Bolt adds its own query parameters to what it is given.
        Map<String, List<String>> mutableQuery = new HashMap<>();
        query.forEach((k, v) -> mutableQuery.put(k, new ArrayList<>(v)));
        return SlackRequestParser.HttpRequest.builder()
                .requestUri(path)
                .queryString(mutableQuery)
                .headers(new RequestHeaders(headers))
                .requestBody(body)
                .remoteAddress(remoteAddress)
                .build();
    }
}
