package dev.docent.lab.bench.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Slack posts to Docent's {@code POST /slack/events} when someone mentions it: an
 * {@code event_callback} around an {@code app_mention}, signed like Slack signs
 * ({@code v0=} HMAC-SHA256 of {@code "v0:<timestamp>:<body>"} with the signing secret), sent over
 * real HTTP without waiting for the answer. With several replicas, the mentions go to each in turn,
 * as a round-robin load balancer in front of them would send them.
 */
final class SignedMentions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<URI> endpoints;
    private final String secret;
    private final AtomicLong sent = new AtomicLong();

    /** @param endpoints every replica's {@code /slack/events} */
    SignedMentions(List<URI> endpoints, String secret) {
        this.endpoints = List.copyOf(endpoints);
        this.secret = secret;
    }

    /** Sends the mention; the future ends with the HTTP status Docent acknowledged with. */
    CompletableFuture<Integer> send(String eventId, String channel, String user, String question, String ts) {
        String body = json(eventCallback(eventId, mention(channel, user, question, ts)));
        long timestamp = System.currentTimeMillis() / 1000;
        URI endpoint = endpoints.get((int) (sent.getAndIncrement() % endpoints.size()));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    static Map<String, Object> mention(String channel, String user, String question, String ts) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "app_mention");
        event.put("user", user);
        event.put("text", "<@" + FakeSlackApi.BOT_USER + "> " + question);
        event.put("ts", ts);
        event.put("channel", channel);
        event.put("event_ts", ts);
        return event;
    }

    static Map<String, Object> eventCallback(String eventId, Map<String, Object> event) {
        Map<String, Object> callback = new LinkedHashMap<>();
        callback.put("token", "legacy");
        callback.put("team_id", FakeSlackApi.TEAM);
        callback.put("api_app_id", "A_DOCENT");
        callback.put("type", "event_callback");
        callback.put("event_id", eventId);
        callback.put("event_time", System.currentTimeMillis() / 1000);
        callback.put("event", event);
        return callback;
    }

    /** Slack's v0 signature, by Bolt's own generator: the one Docent's endpoint checks against. */
    static String signature(String secret, long timestamp, String body) {
        return new SlackSignature.Generator(secret).generate(Long.toString(timestamp), body);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
