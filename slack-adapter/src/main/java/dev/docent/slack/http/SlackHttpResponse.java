package dev.docent.slack.http;

import java.util.List;
import java.util.Map;

/**
 * What to send back: to Slack, or to the browser of someone installing Docent.
 *
 * @param headers besides the content type, e.g. an install's redirect (Location) and its state cookie (Set-Cookie)
 */
public record SlackHttpResponse(int status, String contentType, String body, Map<String, List<String>> headers) {

    public SlackHttpResponse {
        headers = Map.copyOf(headers);
    }

    public SlackHttpResponse(int status, String contentType, String body) {
        this(status, contentType, body, Map.of());
    }
}
