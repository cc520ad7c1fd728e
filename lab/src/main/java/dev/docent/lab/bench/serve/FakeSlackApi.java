package dev.docent.lab.bench.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A Slack Web API on 127.0.0.1, just enough for Docent's Bolt client under load: {@code auth.test},
 * {@code chat.postMessage} (answers a fresh ts), {@code chat.update}, {@code chat.getPermalink},
 * {@code users.info} and {@code conversations.replies} (an empty thread). Every call is handed to
 * a listener with its arrival time; one channel can be made to answer 429 with a Retry-After on
 * the two methods that write messages. Keeps no messages: a benchmark posts thousands.
 */
public final class FakeSlackApi implements AutoCloseable {

    public static final String TEAM = "T_BENCH";
    public static final String BOT_USER = "U_DOCENT";
    static final String BOT_ID = "B_DOCENT";
    private static final List<String> LIMITED_METHODS = List.of("chat.postMessage", "chat.update");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicLong clock = new AtomicLong(System.currentTimeMillis() * 1000);
    private volatile Consumer<SlackCall> listener = call -> { };
    private volatile Optional<String> limitedChannel = Optional.empty();
    private volatile int retryAfterSeconds = 2;

    private FakeSlackApi(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static FakeSlackApi start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        FakeSlackApi slack = new FakeSlackApi(server, threads);
        server.createContext("/api/", slack::api);
        server.setExecutor(threads);
        server.start();
        return slack;
    }

    /** What SLACK_API_URL points at. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** Who hears of each call, as it arrives (before it is answered). */
    public void listener(Consumer<SlackCall> listener) {
        this.listener = listener;
    }

    /** From now on, chat.postMessage and chat.update in {@code channel} answer 429 with Retry-After: {@code seconds}. */
    public void rateLimit(String channel, int seconds) {
        retryAfterSeconds = seconds;
        limitedChannel = Optional.of(channel);
    }

    public void stopRateLimiting() {
        limitedChannel = Optional.empty();
    }

    /** A message ts as Slack writes it ("seconds.micros"), unique and rising: for the fake's posts and the askers'. */
    public String nextTs() {
        long micros = clock.incrementAndGet();
        return micros / 1_000_000 + "." + String.format("%06d", micros % 1_000_000);
    }

    private void api(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String channel = params.getOrDefault("channel", "");
        String text = params.getOrDefault("text", "");
        if (LIMITED_METHODS.contains(method) && limitedChannel.filter(channel::equals).isPresent()) {
            listener.accept(new SlackCall(method, at, channel, params.getOrDefault("thread_ts", ""),
                    params.getOrDefault("ts", ""), text, 429));
            exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfterSeconds));
            send(exchange, 429, Map.of("ok", false, "error", "ratelimited"));
            return;
        }
        Map<String, Object> answer = switch (method) {
            case "auth.test" -> Map.of("ok", true, "url", "https://bench.slack.example/", "team", "Bench",
                    "user", "docent", "team_id", TEAM, "user_id", BOT_USER, "bot_id", BOT_ID);
            case "chat.postMessage" -> Map.of("ok", true, "channel", channel, "ts", nextTs());
            case "chat.update" -> Map.of("ok", true, "channel", channel, "ts", params.getOrDefault("ts", ""));
            case "chat.getPermalink" -> Map.of("ok", true, "channel", channel, "permalink",
                    "https://bench.slack.example/archives/" + channel + "/p" + params.getOrDefault("message_ts", "").replace(".", ""));
            case "users.info" -> Map.of("ok", true, "user", user(params.getOrDefault("user", "")));
            case "conversations.replies" -> Map.of("ok", true, "has_more", false, "messages", List.of());
            default -> Map.of("ok", false, "error", "unknown_method");
        };
        String ts = method.equals("chat.postMessage") ? (String) answer.get("ts") : params.getOrDefault("ts", "");
        listener.accept(new SlackCall(method, at, channel, params.getOrDefault("thread_ts", ""), ts, text, 200));
        send(exchange, 200, answer);
    }

    private static Map<String, Object> user(String id) {
        return Map.of("id", id, "name", id.toLowerCase(), "real_name", "Asker " + id, "is_admin", false,
                "profile", Map.of("display_name", "Asker " + id));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
