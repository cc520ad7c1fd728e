package dev.docent.slack.http;

/** What to send back to Slack. */
public record SlackHttpResponse(int status, String contentType, String body) {
}
