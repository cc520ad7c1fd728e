package dev.docent.app.discord;

import dev.docent.testing.Await;
import static dev.docent.app.discord.DiscordPayloads.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord on 127.0.0.1, for the real JDA: a gateway (HELLO, heartbeats, READY, GUILD_CREATE, then
 * the events a test dispatches) and a REST API that answers what Docent calls and records every
 * request, so that tests can wait for - and look at - exactly what Discord would have received.
 */
public final class FakeDiscord implements AutoCloseable {

    public static final String APPLICATION_ID = "1300000000000000001";
    public static final String BOT_ID = "1300000000000000002";
    public static final Duration WAIT = Duration.ofSeconds(30);

    private final HttpServer rest;
    private final Gateway gateway;
    private final List<ObjectNode> guilds;
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    /** Messages by channel id, oldest first: what the REST API's history and lookups return. */
    private final Map<String, List<ObjectNode>> messages = new ConcurrentHashMap<>();
    /** The original response of each interaction, by token, and the channel it is in. */
    private final Map<String, ObjectNode> originals = new ConcurrentHashMap<>();
    private final Map<String, String> interactionChannels = new ConcurrentHashMap<>();
    private final List<Pattern> rateLimited = new CopyOnWriteArrayList<>();
    private volatile boolean refuseTokens;
    private volatile int recommendedShards = 1;
    private final List<Shard> shards = new CopyOnWriteArrayList<>();

    private FakeDiscord(List<ObjectNode> guilds) throws IOException, InterruptedException {
        this.guilds = List.copyOf(guilds);
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rest.createContext("/", this::handle);
        rest.setExecutor(Executors.newFixedThreadPool(4));
        rest.start();
        gateway = new Gateway();
        gateway.start();
        gateway.started.await();
    }

    public static FakeDiscord start(List<ObjectNode> guilds) throws IOException, InterruptedException {
        return new FakeDiscord(guilds);
    }

    public static ObjectNode botUser() {
        return DiscordPayloads.user(BOT_ID, "Docent", true);
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    /** How many shards {@code GET /gateway/bot} recommends (1 unless a test sets it). */
    public void recommendShards(int count) {
        recommendedShards = count;
    }

    /** The shards that identified on the gateway, in order. */
    public List<Shard> identifiedShards() {
        return List.copyOf(shards);
    }

    /** Sends a gateway event (MESSAGE_CREATE, INTERACTION_CREATE, ...) to the shard of its guild. */
    public void dispatch(String type, JsonNode data) {
        if (type.equals("INTERACTION_CREATE")) {
            interactionChannels.put(data.get("token").asText(), data.get("channel_id").asText());
        }
        gateway.dispatch(type, data);
    }

    /** Makes a message known to the REST API (for thread history and message lookups). */
    public void remember(ObjectNode message) {
        messages.computeIfAbsent(message.get("channel_id").asText(), c -> new CopyOnWriteArrayList<>()).add(message);
    }

    /** The next request whose "METHOD path" matches gets a 429 (with Retry-After and the Via header Discord sends). */
    public void rateLimitNext(String methodAndPath) {
        rateLimited.add(Pattern.compile(methodAndPath));
    }

    /** From now on, the token check ({@code GET users/@me}) fails as it does for a wrong or revoked token. */
    public void refuseTokens() {
        refuseTokens = true;
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(Predicate<RecordedCall> matching) {
        return calls.stream().filter(matching).toList();
    }

    /** Waits, polling the recorded calls, until one matches; fails after {@link #WAIT}. */
    public RecordedCall await(String what, Predicate<RecordedCall> matching) {
        return awaitCount(what, matching, 1).getFirst();
    }

    public List<RecordedCall> awaitCount(String what, Predicate<RecordedCall> matching, int count) {
        return Await.value(WAIT, () -> Optional.of(calls(matching)).filter(found -> found.size() >= count),
                () -> "Discord never received " + what + " (" + calls(matching).size() + " of " + count
                        + "). It received:\n" + String.join("\n", calls.stream().map(RecordedCall::toString).toList()));
    }

    @Override
    public void close() throws InterruptedException {
        gateway.stop(1_000);
        rest.stop(0);
    }

    // ---- REST ----

    private record Route(String method, Pattern path) {
        Matcher match(String method, String path) {
            Matcher matcher = this.path.matcher(path);
            return this.method.equals(method) && matcher.matches() ? matcher : null;
        }
    }

    private static final Route ME = new Route("GET", Pattern.compile("users/@me"));
    private static final Route GATEWAY_BOT = new Route("GET", Pattern.compile("gateway/bot"));
    private static final Route COMMANDS = new Route("PUT", Pattern.compile("applications/\\d+(/guilds/\\d+)?/commands"));
    private static final Route CALLBACK = new Route("POST", Pattern.compile("interactions/(\\d+)/([^/]+)/callback"));
    private static final Route EDIT_ORIGINAL = new Route("PATCH", Pattern.compile("webhooks/\\d+/([^/]+)/messages/@original"));
    private static final Route GET_ORIGINAL = new Route("GET", Pattern.compile("webhooks/\\d+/([^/]+)/messages/@original"));
    private static final Route SEND = new Route("POST", Pattern.compile("channels/(\\d+)/messages"));
    private static final Route HISTORY = new Route("GET", Pattern.compile("channels/(\\d+)/messages"));
    private static final Route MESSAGE = new Route("GET", Pattern.compile("channels/(\\d+)/messages/(\\d+)"));
    private static final Route EDIT = new Route("PATCH", Pattern.compile("channels/(\\d+)/messages/(\\d+)"));

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v10/", "");
            String query = exchange.getRequestURI().getQuery();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? MissingNode.getInstance() : JSON.readTree(raw);
            if (takeRateLimit(method + " " + path)) {
                calls.add(new RecordedCall(method, path, query, body, 429, null, Instant.now()));
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.getResponseHeaders().add("Via", "1.1 google");
                exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
                send(exchange, 429, JSON.createObjectNode().put("message", "You are being rate limited.")
                        .put("retry_after", 0.5).put("global", false));
                return;
            }
            Response response = respond(method, path, body);
            calls.add(new RecordedCall(method, path, query, body, response.status(), response.body(), Instant.now()));
            send(exchange, response.status(), response.body());
        }
    }

    private synchronized boolean takeRateLimit(String request) {
        for (Pattern pattern : rateLimited) {
            if (pattern.matcher(request).matches()) {
                return rateLimited.remove(pattern);
            }
        }
        return false;
    }

    private record Response(int status, JsonNode body) {
        static Response ok(JsonNode body) {
            return new Response(200, body);
        }
    }

    private Response respond(String method, String path, JsonNode body) {
        Matcher m;
        if (ME.match(method, path) != null) {
            return refuseTokens
                    ? new Response(401, JSON.createObjectNode().put("message", "401: Unauthorized").put("code", 0))
                    : Response.ok(botUser());
        }
        if (GATEWAY_BOT.match(method, path) != null) {
            if (refuseTokens) {
                return new Response(401, JSON.createObjectNode().put("message", "401: Unauthorized").put("code", 0));
            }
            ObjectNode gateway = JSON.createObjectNode().put("url", gatewayUrl()).put("shards", recommendedShards);
            gateway.putObject("session_start_limit").put("total", 1000).put("remaining", 1000).put("reset_after", 0)
                    .put("max_concurrency", 1);
            return Response.ok(gateway);
        }
        if ((m = COMMANDS.match(method, path)) != null) {
            ArrayNode registered = JSON.createArrayNode();
            for (JsonNode command : body) {
                ObjectNode copy = command.deepCopy();
                copy.put("id", Snowflakes.now()).put("application_id", APPLICATION_ID).put("version", Snowflakes.now());
                if (m.group(1) != null) {
                    copy.put("guild_id", m.group(1).replaceAll("\\D", ""));
                }
                registered.add(copy);
            }
            return Response.ok(registered);
        }
        if ((m = CALLBACK.match(method, path)) != null) {
            if (body.path("type").asInt() == 4 || body.path("type").asInt() == 5) {
                original(m.group(2), body.path("data"));
            }
            return new Response(204, null);
        }
        if ((m = EDIT_ORIGINAL.match(method, path)) != null) {
            return Response.ok(original(m.group(1), body));
        }
        if ((m = GET_ORIGINAL.match(method, path)) != null) {
            ObjectNode original = originals.get(m.group(1));
            return original == null ? unknownMessage() : Response.ok(original);
        }
        if ((m = SEND.match(method, path)) != null) {
            ObjectNode sent = botMessage(m.group(1), body);
            remember(sent);
            return Response.ok(sent);
        }
        if ((m = HISTORY.match(method, path)) != null) {
            return Response.ok(JSON.createArrayNode().addAll(messages.getOrDefault(m.group(1), List.of()).reversed()));
        }
        if ((m = MESSAGE.match(method, path)) != null) {
            String id = m.group(2);
            return messages.getOrDefault(m.group(1), List.of()).stream().filter(msg -> msg.get("id").asText().equals(id))
                    .findFirst().map(Response::ok).orElseGet(FakeDiscord::unknownMessage);
        }
        if ((m = EDIT.match(method, path)) != null) {
            String id = m.group(2);
            return messages.getOrDefault(m.group(1), List.of()).stream().filter(msg -> msg.get("id").asText().equals(id))
                    .findFirst().map(msg -> Response.ok(edited(msg, body))).orElseGet(FakeDiscord::unknownMessage);
        }
        return new Response(404, JSON.createObjectNode().put("message", "404: Not Found").put("code", 0));
    }

    private static ObjectNode edited(ObjectNode message, JsonNode edit) {
        if (edit.has("content")) {
            message.set("content", edit.get("content"));
        }
        if (edit.path("embeds").isArray()) {
            message.set("embeds", received(edit.get("embeds")));
        }
        return message;
    }

    private static Response unknownMessage() {
        return new Response(404, JSON.createObjectNode().put("message", "Unknown Message").put("code", 10008));
    }

    private ObjectNode original(String token, JsonNode edit) {
        return edited(originals.computeIfAbsent(token,
                t -> botMessage(interactionChannels.getOrDefault(t, "0"), JSON.createObjectNode())), edit);
    }

    /** Embeds as Discord returns them: with their type. */
    private static ArrayNode received(JsonNode embeds) {
        ArrayNode copies = JSON.createArrayNode();
        embeds.forEach(embed -> copies.add(((ObjectNode) embed.deepCopy()).put("type", "rich")));
        return copies;
    }

    /** A message as Discord returns it after Docent sent it: the bot is the author; content and embeds are echoed. */
    private ObjectNode botMessage(String channelId, JsonNode sent) {
        String guildId = guildOf(channelId);
        ObjectNode message = DiscordPayloads.message(Snowflakes.now(), channelId, guildId, botUser(),
                sent.path("content").asText(""), List.of());
        message.put("application_id", APPLICATION_ID);
        if (sent.path("embeds").isArray()) {
            message.set("embeds", received(sent.get("embeds")));
        }
        if (sent.has("message_reference")) {
            message.set("message_reference", sent.get("message_reference"));
        }
        return message;
    }

    private String guildOf(String channelId) {
        for (ObjectNode guild : guilds) {
            for (String kind : List.of("channels", "threads")) {
                for (JsonNode channel : guild.get(kind)) {
                    if (channel.get("id").asText().equals(channelId)) {
                        return guild.get("id").asText();
                    }
                }
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---- gateway ----

    private final class Gateway extends WebSocketServer {

        private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        private final AtomicLong sequence = new AtomicLong();
        private final List<WebSocket> identified = new CopyOnWriteArrayList<>();

        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            socket.send(json(JSON.createObjectNode().put("op", 10).putNull("s").putNull("t")
                    .set("d", JSON.createObjectNode().put("heartbeat_interval", 41_250))));
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            JsonNode frame = read(text);
            switch (frame.path("op").asInt(-1)) {
                case 1 -> socket.send(json(JSON.createObjectNode().put("op", 11)));
                case 2 -> {
                    JsonNode shard = frame.path("d").path("shard");
                    Shard identity = shard.isArray() ? new Shard(shard.get(0).asInt(), shard.get(1).asInt()) : new Shard(0, 1);
                    List<ObjectNode> its = guilds.stream().filter(g -> identity.owns(g.get("id").asText())).toList();
                    send(socket, "READY", ready(identity, its));
                    for (ObjectNode guild : its) {
                        send(socket, "GUILD_CREATE", guild);
                    }
                    socket.setAttachment(identity);
                    identified.add(socket);
                    shards.add(identity);
                }
                default -> { }
            }
        }

        /** To the shard that owns the event's guild, as Discord does. */
        void dispatch(String type, JsonNode data) {
            String guild = data.path("guild_id").asText("0");
            identified.stream().filter(socket -> socket.<Shard>getAttachment().owns(guild))
                    .forEach(socket -> send(socket, type, data));
        }

        private void send(WebSocket socket, String type, JsonNode data) {
            ObjectNode frame = JSON.createObjectNode().put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
            frame.set("d", data);
            socket.send(json(frame));
        }

        private ObjectNode ready(Shard shard, List<ObjectNode> its) {
            ObjectNode ready = JSON.createObjectNode().put("v", 10).put("session_id", "fake-session")
                    .put("resume_gateway_url", gatewayUrl());
            ready.set("user", botUser().put("verified", true).put("mfa_enabled", false));
            ArrayNode unavailable = ready.putArray("guilds");
            its.forEach(g -> unavailable.addObject().put("id", g.get("id").asText()).put("unavailable", true));
            ready.putArray("private_channels");
            ready.putArray("relationships");
            ready.putArray("presences");
            ready.putArray("guild_join_requests");
            ready.putArray("geo_ordered_rtc_regions");
            ready.putArray("shard").add(shard.id()).add(shard.total());
            ready.putObject("application").put("id", APPLICATION_ID).put("flags", 0);
            return ready;
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            identified.remove(socket);
        }

        @Override
        public void onError(WebSocket socket, Exception e) {
            // A client that goes away mid-frame is not the test's concern.
        }
    }

    /** A gateway session's shard: it gets the guilds whose id, shifted right 22 bits, modulo the total, is its id. */
    public record Shard(int id, int total) {
        boolean owns(String guildId) {
            return (Long.parseLong(guildId) >> 22) % total == id;
        }
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static final AtomicInteger TOKENS = new AtomicInteger();

    /** A fresh interaction token. */
    public static String token() {
        return "token-" + TOKENS.incrementAndGet();
    }
}
