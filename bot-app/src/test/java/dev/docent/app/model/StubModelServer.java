package dev.docent.app.model;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for a model provider's HTTP API that plays back scripted replies in order
 * (the last one repeats) and records what the client sent. A "hang" reply never answers until the
 * server closes, which is how a timeout looks to the client.
 */
final class StubModelServer implements AutoCloseable {

    record Reply(int status, String body, boolean hang) {

        static Reply ok(String body) {
            return new Reply(200, body, false);
        }

        static Reply status(int status, String body) {
            return new Reply(status, body, false);
        }

        static Reply never() {
            return new Reply(0, "", true);
        }
    }

    record Request(String path, String body) {
    }

    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    StubModelServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    synchronized StubModelServer replies(Reply... replies) {
        script.clear();
        script.addAll(List.of(replies));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestURI().getPath(),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Reply reply = next();
        if (reply.hang()) {
            try {
                closing.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private synchronized Reply next() {
        if (script.isEmpty()) {
            return Reply.status(500, "{\"error\":{\"message\":\"no scripted reply\"}}");
        }
        return script.size() == 1 ? script.peek() : script.poll();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
