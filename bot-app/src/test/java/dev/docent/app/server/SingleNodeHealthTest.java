package dev.docent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.indexer.state.StateIndex;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On one node Docent's indices ask for no copy they cannot have: the cluster stays green and /health says "up". */
@EmbeddedElasticsearchTest
class SingleNodeHealthTest {

    @Test
    void docentsIndicesOnASingleNodeAreGreenAndHealthSaysUp(ElasticsearchEndpoint elasticsearch) {
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty())) {
            DeskIndices.create(connection);
            new StateIndex(connection).ensureExists();

            ElasticsearchProbe.Health health = ElasticsearchProbe.of(connection).health();

            assertThat(health.state()).as("%s", health.reason()).isEqualTo("up");
            assertThat(connection.call(c -> c.indices().getSettings(s -> s.index(ElasticsearchProbe.DOCENT_INDICES)))
                    .settings().values()).isNotEmpty()
                    .allSatisfy(index -> assertThat(index.settings().index().autoExpandReplicas()).isEqualTo("0-1"));
        }
    }
}
