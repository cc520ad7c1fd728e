package dev.docent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.elasticsearch.SupervisedNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A frozen node (SIGSTOP: connections accepted, nothing answered) must not freeze /health. */
class ElasticsearchProbeTest {

    @Test
    void frozenNodeIsReportedDownOrRecoveringInsteadOfHangingTheCheck() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket frozen = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofPlatform().daemon().start(() -> {
                while (!frozen.isClosed()) {
                    try {
                        held.add(frozen.accept());
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            URI uri = URI.create("http://127.0.0.1:" + frozen.getLocalPort());
            try (ElasticsearchConnection connection = ElasticsearchConnection.open(uri, Optional.empty())) {
                assertThat(ElasticsearchProbe.of(connection).health().state()).isEqualTo("down");
                assertThat(new ElasticsearchProbe(connection, () -> Optional.of(SupervisedNode.State.RECOVERING)).health().state())
                        .isEqualTo("recovering");
                assertThat(new ElasticsearchProbe(connection, () -> Optional.of(SupervisedNode.State.DOWN)).health().state())
                        .isEqualTo("down");
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
