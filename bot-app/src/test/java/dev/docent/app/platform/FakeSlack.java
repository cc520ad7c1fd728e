package dev.docent.app.platform;

import dev.docent.testing.Await;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A Slack Web API on 127.0.0.1 for the real Bolt client: answers the methods Docent calls, keeps
 * the messages posted (so threads can be read back), records every call and the token it came
 * with, and can answer a method with 429 or an error once, on demand. Also takes response_url
 * posts, and installs: {@link #approveInstall} is a workspace's admin approving Docent on Slack's
 * authorize page, and oauth.v2.access exchanges the code for that workspace's own bot token.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String TEAM = "T_FAKE";
    public static final String BOT_USER = "UDOCENT";
    public static final String BOT_ID = "BDOCENT";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One call as the fake received it: the method (or "response_url"), its form fields or its JSON
     * body, for a message the fake accepted the ts it gave it, and the token it came with ("" for none).
     */
    public record Call(String method, Map<String, String> params, JsonNode body, Instant at, String postedTs, String token) {

        public String param(String name) {
            return params.getOrDefault(name, "");
        }

        /**
         * Everything the call would show in Slack - the text, every text of its blocks, or the
         * texts of a response_url body - as decoded strings (the wire JSON escapes '<' and '&').
         */
        public String visibleText() {
            List<String> texts = new ArrayList<>();
            if (body != null) {
                collectTexts(body, texts);
            } else {
                texts.add(param("text"));
                if (!param("blocks").isEmpty()) {
                    collectTexts(readTree(param("blocks")), texts);
                }
            }
            return String.join("\n", texts);
        }

        /** The values of the buttons in the call's blocks (an answer's id). */
        public List<String> buttonValues() {
            List<String> values = new ArrayList<>();
            readTree(param("blocks")).findValues("value").forEach(v -> values.add(v.asText()));
            return values;
        }

        private static void collectTexts(JsonNode node, List<String> texts) {
            if (node.isObject()) {
                node.properties().forEach(field -> {
                    if (field.getKey().equals("text") && field.getValue().isTextual()) {
                        texts.add(field.getValue().asText());
                    } else {
                        collectTexts(field.getValue(), texts);
                    }
                });
            } else if (node.isArray()) {
                node.forEach(child -> collectTexts(child, texts));
            }
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json.isEmpty() ? "[]" : json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A message as Slack keeps it. */
    record Message(String channel, String ts, String threadTs, String user, String text) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> rateLimited = new ConcurrentHashMap<>();
    private final Map<String, Integer> retryAfter = new ConcurrentHashMap<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final List<Call> held = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> userGroups = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000_000L);
    private volatile String socketModeUrl = "ws://127.0.0.1:1/none";
    /** The app's credentials oauth.v2.access accepts, when installs are expected. */
    private volatile String clientId;
    private volatile String clientSecret;
    /** Codes approved and not yet exchanged, and the tokens they were exchanged for: each to its workspace. */
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> latestTokens = new ConcurrentHashMap<>();

    private FakeSlack(HttpServer server) {
        this.server = server;
    }

    public static FakeSlack start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeSlack slack = new FakeSlack(server);
        server.createContext("/api/", slack::api);
        server.createContext("/response/", slack::response);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return slack;
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    /** The credentials of the app workspaces install (Basic Information > App Credentials). */
    void app(String id, String secret) {
        clientId = id;
        clientSecret = secret;
    }

    /** An admin of {@code team} approves Docent on Slack's authorize page: the code Slack redirects back with. */
    String approveInstall(String team) {
        String code = "code-" + team + "-" + UUID.randomUUID();
        codes.put(code, team);
        return code;
    }

    /** The bot token workspace {@code team} granted at its latest install. */
    String tokenOf(String team) {
        return Optional.ofNullable(latestTokens.get(team)).orElseThrow(() -> new AssertionError(team + " never installed Docent"));
    }

    void socketModeUrl(String url) {
        socketModeUrl = url;
    }

    /** The next {@code times} calls of {@code method} are answered 429 with Retry-After: 1. */
    void rateLimit(String method, int times) {
        rateLimited.put(method, new AtomicInteger(times));
    }

    /** The next {@code times} calls of {@code method} in {@code channel} are answered 429 with Retry-After: {@code seconds}. */
    public void rateLimitIn(String method, String channel, int times, int seconds) {
        rateLimited.put(method + "@" + channel, new AtomicInteger(times));
        retryAfter.put(method + "@" + channel, seconds);
    }

    /**
     * From now on, calls of {@code method} in {@code channel} are held - noted as they arrive (see
     * {@link #awaitHeld}) and answered only once {@link #release} is called: the caller waits, as it
     * would on a slow Slack.
     */
    public void holdIn(String method, String channel) {
        holds.put(method + "@" + channel, new CountDownLatch(1));
    }

    public void release(String method, String channel) {
        Optional.ofNullable(holds.remove(method + "@" + channel)).ifPresent(CountDownLatch::countDown);
    }

    /** Waits (bounded) for a call that {@link #holdIn} is holding. */
    public Call awaitHeld(Predicate<Call> matching) {
        return Await.value(Await.PATIENCE, () -> held.stream().filter(matching).findFirst(),
                () -> "Slack never held a matching call; calls were:\n" + summary());
    }

    /** The next call of {@code method} fails with Slack error {@code error}. */
    void failNext(String method, String error) {
        failures.put(method, error);
    }

    public void userGroup(String id, String... members) {
        userGroups.put(id, List.of(members));
    }

    public void user(String id, String displayName, boolean workspaceAdmin) {
        users.put(id, Map.of("id", id, "name", displayName.toLowerCase(), "real_name", displayName, "is_admin", workspaceAdmin,
                "profile", Map.of("display_name", displayName)));
    }

    /** A message someone posted (the tests' side of a conversation); returns its ts. */
    public String said(String channel, String threadTs, String user, String text) {
        String ts = nextTs();
        messages.add(new Message(channel, ts, threadTs, user, text));
        return ts;
    }

    public String nextTs() {
        long micros = clock.incrementAndGet();
        return micros / 1_000_000 + "." + String.format("%06d", micros % 1_000_000);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits (bounded) until {@code count} calls match, and returns them in order. */
    public List<Call> await(Predicate<Call> matching, int count) {
        return Await.value(Await.PATIENCE, () -> Optional.of(calls.stream().filter(matching).toList())
                        .filter(matched -> matched.size() >= count),
                () -> "Slack never received " + count + " matching call(s); calls were:\n" + summary());
    }

    public Call awaitOne(Predicate<Call> matching) {
        return await(matching, 1).getFirst();
    }

    static Predicate<Call> method(String method) {
        return c -> c.method().equals(method);
    }

    public String summary() {
        StringBuilder out = new StringBuilder();
        calls.forEach(c -> out.append("  ").append(c.method()).append(' ').append(c.params().keySet())
                .append(c.params().containsKey("channel") ? " channel=" + c.param("channel") : "").append('\n'));
        return out.toString();
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Instant at = Instant.now();
        String token = token(exchange, params);
        String inChannel = method + "@" + params.get("channel");
        CountDownLatch hold = holds.get(inChannel);
        if (hold != null) {
            held.add(new Call(method, params, null, at, null, token));
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        String limitKey = rateLimited.containsKey(inChannel) ? inChannel : method;
        AtomicInteger limited = rateLimited.get(limitKey);
        if (limited != null && limited.getAndDecrement() > 0) {
            calls.add(new Call(method, params, null, at, null, token));
            exchange.getResponseHeaders().add("Retry-After", String.valueOf(retryAfter.getOrDefault(limitKey, 1)));
            send(exchange, 429, Map.of("ok", false, "error", "ratelimited"));
            return;
        }
        String failure = failures.remove(method);
        if (failure != null) {
            calls.add(new Call(method, params, null, at, null, token));
            send(exchange, 200, Map.of("ok", false, "error", failure));
            return;
        }
        Map<String, Object> answer = method.equals("oauth.v2.access") ? exchangeCode(exchange, params) : answer(method, params, token);
        calls.add(new Call(method, params, null, at, method.equals("chat.postMessage") ? (String) answer.get("ts") : null, token));
        send(exchange, 200, answer);
    }

    private Map<String, Object> answer(String method, Map<String, String> params, String token) {
        return switch (method) {
            case "auth.test" -> Map.of("ok", true, "url", "https://fake.slack.example/", "team", "Fake", "user", "docent",
                    "team_id", tokens.getOrDefault(token, TEAM), "user_id", BOT_USER, "bot_id", BOT_ID);
            case "chat.postMessage" -> {
                String channel = params.get("channel").startsWith("U") ? "D" + params.get("channel") : params.get("channel");
                String ts = nextTs();
                messages.add(new Message(channel, ts, params.get("thread_ts"), BOT_USER, params.getOrDefault("text", "")));
                yield Map.of("ok", true, "channel", channel, "ts", ts);
            }
            case "chat.update" -> {
                messages.replaceAll(m -> m.channel().equals(params.get("channel")) && m.ts().equals(params.get("ts"))
                        ? new Message(m.channel(), m.ts(), m.threadTs(), m.user(), params.getOrDefault("text", "")) : m);
                yield Map.of("ok", true, "channel", params.get("channel"), "ts", params.get("ts"));
            }
            case "chat.getPermalink" -> Map.of("ok", true, "channel", params.get("channel"),
                    "permalink", "https://fake.slack.example/archives/" + params.get("channel") + "/p"
                            + params.get("message_ts").replace(".", ""));
            case "conversations.replies" -> Map.of("ok", true, "has_more", false,
                    "messages", threadJson(params.get("channel"), params.get("ts")));
            case "usergroups.users.list" -> Map.of("ok", true, "users", userGroups.getOrDefault(params.get("usergroup"), List.of()));
            case "users.info" -> Optional.ofNullable(users.get(params.get("user")))
                    .<Map<String, Object>>map(u -> Map.of("ok", true, "user", u))
                    .orElse(Map.of("ok", false, "error", "user_not_found"));
            case "apps.connections.open" -> Map.of("ok", true, "url", socketModeUrl);
            default -> Map.of("ok", false, "error", "unknown_method");
        };
    }

    /**
     * oauth.v2.access: the app's credentials (form fields or Basic auth) and an approved code, used
     * once, give a new bot token of the workspace that approved it.
     */
    private Map<String, Object> exchangeCode(HttpExchange exchange, Map<String, String> params) {
        String id = params.get("client_id");
        String secret = params.get("client_secret");
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            id = pair[0];
            secret = pair[1];
        }
        if (clientId == null || !clientId.equals(id) || !clientSecret.equals(secret)) {
            return Map.of("ok", false, "error", "invalid_client_id");
        }
        String team = params.get("code") == null ? null : codes.remove(params.get("code"));
        if (team == null) {
            return Map.of("ok", false, "error", "invalid_code");
        }
        String token = "xoxb-" + team + "-" + UUID.randomUUID();
        tokens.put(token, team);
        latestTokens.put(team, token);
        return Map.of("ok", true, "access_token", token, "token_type", "bot", "scope", "app_mentions:read,chat:write,commands",
                "bot_user_id", BOT_USER, "app_id", "A_DOCENT", "team", Map.of("id", team, "name", "Workspace " + team),
                "is_enterprise_install", false, "authed_user", Map.of("id", "UINSTALLER"));
    }

    /** The token a call came with: Bolt sends it as a bearer token, older clients as a form field. */
    private static String token(HttpExchange exchange, Map<String, String> params) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            return authorization.substring("Bearer ".length());
        }
        return params.getOrDefault("token", "");
    }

    /** A thread's messages as Slack keeps them now (edits applied, deletions gone), oldest first. */
    List<Message> thread(String channel, String threadTs) {
        return messages.stream()
                .filter(m -> m.channel().equals(channel) && (m.ts().equals(threadTs) || threadTs.equals(m.threadTs())))
                .sorted(Comparator.comparing(Message::ts))
                .toList();
    }

    private List<Map<String, Object>> threadJson(String channel, String threadTs) {
        return thread(channel, threadTs).stream()
                .map(m -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("type", "message");
                    json.put("ts", m.ts());
                    json.put("user", m.user());
                    json.put("text", m.text());
                    if (m.threadTs() != null) {
                        json.put("thread_ts", m.threadTs());
                    }
                    if (m.user().equals(BOT_USER)) {
                        json.put("bot_id", BOT_ID);
                    }
                    return json;
                })
                .toList();
    }

    private void response(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody());
        calls.add(new Call("response_url", Map.of("id", exchange.getRequestURI().getPath().substring("/response/".length())),
                body, Instant.now(), null, ""));
        send(exchange, 200, Map.of("ok", true));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
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

    List<Message> messages() {
        return new ArrayList<>(messages);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
