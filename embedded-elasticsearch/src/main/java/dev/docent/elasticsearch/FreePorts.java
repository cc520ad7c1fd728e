package dev.docent.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Ports free on 127.0.0.1 right now, chosen by the operating system. A cluster's nodes need theirs
 * before any of them starts (each is told where the others listen), so ephemeral binding will not do.
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** {@code count} distinct ports: all held open at once while they are picked, so none repeats. */
    public static List<Integer> take(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1: " + e.getMessage(), e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // The port was only looked at.
                }
            }
        }
    }
}
