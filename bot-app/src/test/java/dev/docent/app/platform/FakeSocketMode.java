package dev.docent.app.platform;

import dev.docent.testing.Await;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode server on 127.0.0.1: greets a connecting client with "hello", sends it
 * envelopes as Slack would, and keeps what the client sends back (its acks).
 */
final class FakeSocketMode extends WebSocketServer implements AutoCloseable {

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile WebSocket client;

    private FakeSocketMode() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    static FakeSocketMode start(Duration timeout) throws InterruptedException {
        FakeSocketMode server = new FakeSocketMode();
        server.start();
        if (!server.started.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the fake Socket Mode server did not start");
        }
        return server;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=fake";
    }

    void awaitClient(Duration timeout) throws InterruptedException {
        if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Docent never connected in Socket Mode");
        }
    }

    /** Sends an envelope: {@code payload} is what HTTP mode would have posted (as JSON). */
    void envelope(String envelopeId, String type, Object payload) {
        client.send(SignedRequests.json(java.util.Map.of("envelope_id", envelopeId, "type", type,
                "accepts_response_payload", type.equals("slash_commands"), "retry_attempt", 0, "retry_reason", "",
                "payload", payload)));
    }

    /** Waits (bounded) for the client's message that mentions {@code envelopeId}: its ack. */
    String awaitAck(String envelopeId) {
        return Await.value(Duration.ofSeconds(30),
                () -> received.stream().filter(message -> message.contains("\"envelope_id\":\"" + envelopeId + "\"")).findFirst(),
                () -> "no ack for " + envelopeId + "; received: " + received);
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        client = connection;
        connection.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"A_DOCENT\"}}");
        connected.countDown();
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        received.add(message);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void close() throws InterruptedException {
        stop(1_000);
    }
}
