package dev.docent.slack.http;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode, independent of any HTTP server: events, slash commands and interactivity
 * all arrive at one URL and go through Bolt (which checks the signature and its age first).
 * Bolt's own servlet adapters stopped at 1.45; this is the part of them Docent needs.
 */
public final class SlackHttpEndpoint {

    /** Where Slack is told to send everything (the app manifest's request URLs). */
    public static final String PATH = "/slack/events";

    private static final Logger log = LoggerFactory.getLogger(SlackHttpEndpoint.class);
    private static final String JSON = "application/json; charset=utf-8";
    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final App app;
    private final SlackRequestParser parser;
    private final SlackSignature.Verifier signatures;

    public SlackHttpEndpoint(App app, String signingSecret) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
    }

    public SlackHttpResponse handle(SlackHttpRequest request) {
        // Checked before anything reads the body, so that whatever does not come from Slack - well
        // formed or not - is turned away the same way. Bolt checks again; that costs one HMAC.
        String timestamp = header(request, "X-Slack-Request-Timestamp");
        if (fromTheFuture(timestamp) || !signatures.isValid(timestamp, request.body(), header(request, "X-Slack-Signature"))) {
            return rejected(request);
        }
        Request<?> slackRequest;
        try {
            slackRequest = parser.parse(request.forBolt());
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("bodyBytes", request.body().length()).log("not a Slack request: unreadable body");
            return new SlackHttpResponse(400, JSON, "{\"error\":\"not a Slack request\"}");
        }
        if (slackRequest == null) {
            return new SlackHttpResponse(400, JSON, "{\"error\":\"not a Slack request\"}");
        }
        Response response;
        try {
            response = app.run(slackRequest);
        } catch (Exception e) {
            log.atError().addKeyValue("type", slackRequest.getRequestType()).addKeyValue("error", e.getClass().getName())
                    .log("Bolt failed on a Slack request");
            return new SlackHttpResponse(500, JSON, "{\"error\":\"internal error\"}");
        }
        if (response.getStatusCode() == 401) {
            // The signature passed above, so this is Bolt finding no installation for the workspace
            // (an app installed by many workspaces, one of which uninstalled it). Slack would retry a
            // refused event: it is signed and Slack's, so acknowledge it and do nothing.
            log.atInfo().addKeyValue("type", slackRequest.getRequestType()).addKeyValue("team", slackRequest.getContext().getTeamId())
                    .log("acknowledged a Slack request from a workspace without an installation");
            return new SlackHttpResponse(200, JSON, "");
        }
        if (response.getStatusCode() == 404) {
            // Bolt's answer to an event, action or command nobody listens to. Slack would retry an
            // event and show the clicker an error: it is signed and Slack's, so acknowledge it.
            log.atInfo().addKeyValue("type", slackRequest.getRequestType()).log("acknowledged a Slack request Docent does not handle");
            return new SlackHttpResponse(200, JSON, "");
        }
        String contentType = response.getContentType() != null ? response.getContentType() : "text/plain; charset=utf-8";
        return new SlackHttpResponse(response.getStatusCode(), contentType, response.getBody() == null ? "" : response.getBody());
    }

    /**
     * Bolt refuses signatures older than five minutes but not ones dated later than now: a replayed
     * request with a forged future date would never go stale. The same five minutes, the other way.
     */
    private static boolean fromTheFuture(String timestamp) {
        try {
            return timestamp != null && Long.parseLong(timestamp.strip()) > Instant.now().plus(MAX_CLOCK_SKEW).getEpochSecond();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static SlackHttpResponse rejected(SlackHttpRequest request) {
        // Who sent it and how much - never what it says: the body may hold users' words.
        log.atWarn().addKeyValue("remote", request.remoteAddress()).addKeyValue("bodyBytes", request.body().length())
                .log("rejected a Slack request: bad or stale signature");
        return new SlackHttpResponse(401, JSON, "{\"error\":\"invalid request\"}");
    }

    private static String header(SlackHttpRequest request, String name) {
        return request.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().getFirst())
                .findFirst().orElse(null);
    }
}
