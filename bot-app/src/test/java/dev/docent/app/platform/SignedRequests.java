package dev.docent.app.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What Slack sends to {@code POST /slack/events}: events (JSON), slash commands and button clicks
 * (form-encoded), each signed like Slack signs them, with the real clock.
 */
public final class SignedRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String secret;

    public SignedRequests(URI endpoint, String secret) {
        this.endpoint = endpoint;
        this.secret = secret;
    }

    /** An event callback around {@code event}, delivered for the {@code retry}-th time (0: the first). */
    public HttpResponse<String> event(String eventId, Map<String, Object> event, int retry) {
        return event(FakeSlack.TEAM, eventId, event, retry);
    }

    /** The same, from workspace {@code team}. */
    public HttpResponse<String> event(String team, String eventId, Map<String, Object> event, int retry) {
        HttpRequest.Builder request = signed(json(eventCallback(team, eventId, event)), "application/json", nowSeconds());
        if (retry > 0) {
            request.header("X-Slack-Retry-Num", Integer.toString(retry)).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return send(request);
    }

    public static Map<String, Object> mention(String channel, String user, String text, String ts, String threadTs) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "app_mention");
        event.put("user", user);
        event.put("text", "<@" + FakeSlack.BOT_USER + "> " + text);
        event.put("ts", ts);
        event.put("channel", channel);
        event.put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    static Map<String, Object> message(String channel, String channelType, String user, String text, String ts,
                                       String threadTs) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "message");
        event.put("user", user);
        event.put("text", text);
        event.put("ts", ts);
        event.put("channel", channel);
        event.put("channel_type", channelType);
        event.put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    public HttpResponse<String> command(String channel, String user, String text, String responseUrl) {
        Map<String, String> form = commandForm(channel, user, text, responseUrl);
        return send(signed(form(form), "application/x-www-form-urlencoded", nowSeconds()));
    }

    static Map<String, String> commandForm(String channel, String user, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", FakeSlack.TEAM);
        form.put("team_domain", "fake");
        form.put("channel_id", channel);
        form.put("channel_name", "support");
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", "/docent");
        form.put("text", text);
        form.put("api_app_id", "A_DOCENT");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "1.2.3");
        return form;
    }

    /** A click on a button of the answer message {@code answerTs} (in thread {@code threadTs}, if any). */
    HttpResponse<String> click(String actionId, String value, String user, String channel, String answerTs,
                               String threadTs, String responseUrl) {
        return send(signed(form(Map.of("payload", json(clickPayload(actionId, value, user, channel, answerTs, threadTs,
                responseUrl)))), "application/x-www-form-urlencoded", nowSeconds()));
    }

    static Map<String, Object> clickPayload(String actionId, String value, String user, String channel, String answerTs,
                                            String threadTs, String responseUrl) {
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("type", "message");
        container.put("message_ts", answerTs);
        container.put("channel_id", channel);
        container.put("is_ephemeral", false);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "message");
        message.put("ts", answerTs);
        message.put("user", FakeSlack.BOT_USER);
        message.put("bot_id", FakeSlack.BOT_ID);
        message.put("text", "answer");
        if (threadTs != null) {
            container.put("thread_ts", threadTs);
            message.put("thread_ts", threadTs);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "block_actions");
        payload.put("team", Map.of("id", FakeSlack.TEAM, "domain", "fake"));
        payload.put("user", Map.of("id", user, "username", user.toLowerCase(), "name", user.toLowerCase(), "team_id", FakeSlack.TEAM));
        payload.put("api_app_id", "A_DOCENT");
        payload.put("token", "legacy");
        payload.put("container", container);
        payload.put("trigger_id", "1.2.3");
        payload.put("channel", Map.of("id", channel, "name", "support"));
        payload.put("message", message);
        payload.put("response_url", responseUrl);
        payload.put("actions", java.util.List.of(Map.of("type", "button", "action_id", actionId, "block_id", "b1",
                "value", value, "action_ts", "1.2")));
        return payload;
    }

    /** A message shortcut used on {@code user}'s own message {@code ts} (in thread {@code threadTs}) by {@code user}. */
    HttpResponse<String> shortcut(String callbackId, String user, String channel, String ts, String threadTs, String text,
                                  String responseUrl) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "message");
        message.put("ts", ts);
        message.put("user", user);
        message.put("text", text);
        if (threadTs != null) {
            message.put("thread_ts", threadTs);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "message_action");
        payload.put("callback_id", callbackId);
        payload.put("team", Map.of("id", FakeSlack.TEAM, "domain", "fake"));
        payload.put("user", Map.of("id", user, "username", user.toLowerCase(), "name", user.toLowerCase(), "team_id", FakeSlack.TEAM));
        payload.put("channel", Map.of("id", channel, "name", "escalations"));
        payload.put("message_ts", ts);
        payload.put("message", message);
        payload.put("token", "legacy");
        payload.put("trigger_id", "1.2.3");
        payload.put("action_ts", "1.2");
        payload.put("response_url", responseUrl);
        return send(signed(form(Map.of("payload", json(payload))), "application/x-www-form-urlencoded", nowSeconds()));
    }

    /** A request signed with another secret, or at another time. */
    HttpResponse<String> signedWith(String body, String contentType, String signingSecret, long timestamp) {
        return send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature(signingSecret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder signed(String body, String contentType, long timestamp) {
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Events API envelope Slack wraps an event in, over HTTP and in Socket Mode alike. */
    static Map<String, Object> eventCallback(String eventId, Map<String, Object> event) {
        return eventCallback(FakeSlack.TEAM, eventId, event);
    }

    private static Map<String, Object> eventCallback(String team, String eventId, Map<String, Object> event) {
        Map<String, Object> callback = new LinkedHashMap<>();
        callback.put("token", "legacy");
        callback.put("team_id", team);
        callback.put("api_app_id", "A_DOCENT");
        callback.put("type", "event_callback");
        callback.put("event_id", eventId);
        callback.put("event_time", System.currentTimeMillis() / 1000);
        callback.put("event", event);
        return callback;
    }
}
