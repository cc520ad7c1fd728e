package dev.docent.core.elasticsearch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.core.retrieval.PassageSearch;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ElasticsearchUnreachableTest {

    @Test
    void deadClusterIsOneClearLineNamingTheAddress() throws IOException {
        URI dead = URI.create("http://127.0.0.1:" + freePort());
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(dead, Optional.empty())) {
            assertThatThrownBy(connection::verify)
                    .isInstanceOf(ElasticsearchUnavailableException.class)
                    .hasMessageStartingWith("Elasticsearch is not reachable at " + dead + ": ")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void deadClusterDuringASearchIsTheSameClearError() throws IOException {
        URI dead = URI.create("http://127.0.0.1:" + freePort());
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(dead, Optional.empty())) {
            assertThatThrownBy(() -> new PassageSearch(connection).lexical("sso", Set.of("docs"), 5).join())
                    .isInstanceOf(CompletionException.class)
                    .cause()
                    .isInstanceOf(ElasticsearchUnavailableException.class)
                    .hasMessageContaining(dead.toString());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
