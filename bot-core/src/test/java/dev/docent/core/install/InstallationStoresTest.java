package dev.docent.core.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.indices.IndexSettings;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Installations and install states in Elasticsearch, as every replica shares them. */
@EmbeddedElasticsearchTest
class InstallationStoresTest {

    private static final Duration LIFETIME = Duration.ofMinutes(10);

    ElasticsearchEndpoint elasticsearch;
    private ElasticsearchConnection connection;
    private TokenCipher cipher;

    @BeforeEach
    void connect() {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        ElasticsearchInstallations.createIndex(connection);
        ElasticsearchInstallStates.createIndex(connection);
        cipher = TokenCipher.fromBase64Key(TokenCipherTest.newKey(), "SLACK_TOKEN_KEY");
    }

    @AfterEach
    void disconnect() {
        connection.close();
    }

    @Test
    void anInstallationIsKeptWithItsTokenSealedAndForgottenOnRemoval() {
        Installations installations = new ElasticsearchInstallations(connection, cipher);
        String team = "T" + UUID.randomUUID();
        Installation installation = new Installation(team, Optional.empty(), "xoxb-stored-secret", "UBOT", "BBOT", "A1",
                "UINSTALLER", "chat:write,commands", Instant.parse("2026-12-01T10:00:00Z"));

        installations.save(installation);

        assertThat(installations.find(team)).contains(installation);
        Map<?, ?> raw = connection.call(c -> c.get(g -> g.index(ElasticsearchInstallations.INDEX).id(team), Map.class)).source();
        assertThat(raw.toString()).doesNotContain("xoxb-stored-secret").contains("bot_token_sealed");
        assertThat(installation.toString()).doesNotContain("xoxb-stored-secret");
        assertThat(installations.remove(team)).isTrue();
        assertThat(installations.find(team)).isEmpty();
        assertThat(installations.remove(team)).isFalse();
    }

    @Test
    void anotherKeyReadingStoredRowsIsAClearError() {
        String team = "T" + UUID.randomUUID();
        new ElasticsearchInstallations(connection, cipher).save(new Installation(team, Optional.empty(), "xoxb-x", "U", "B",
                "A", "U", "chat:write", Instant.now()));
        Installations withAnotherKey = new ElasticsearchInstallations(connection,
                TokenCipher.fromBase64Key(TokenCipherTest.newKey(), "SLACK_TOKEN_KEY"));

        assertThatThrownBy(() -> withAnotherKey.find(team)).isInstanceOf(UnreadableTokenException.class)
                .hasMessageContaining("SLACK_TOKEN_KEY is not the key it was stored with");
    }

    @Test
    void aStateIsAcceptedOnceOnAnyReplicaAndNotAfterItExpired() {
        InstallStates here = new ElasticsearchInstallStates(connection, Clock.systemUTC(), LIFETIME);
        InstallStates elsewhere = new ElasticsearchInstallStates(connection, Clock.systemUTC(), LIFETIME);
        String state = UUID.randomUUID().toString();

        here.issue(state);

        assertThat(elsewhere.take(state)).isTrue();
        assertThat(here.take(state)).isFalse();
        assertThat(elsewhere.take(state)).isFalse();
        assertThat(here.take("never-issued")).isFalse();

        String late = UUID.randomUUID().toString();
        here.issue(late);
        InstallStates later = new ElasticsearchInstallStates(connection, Clock.offset(Clock.systemUTC(), LIFETIME.plusSeconds(1)),
                LIFETIME);
        assertThat(later.take(late)).isFalse();
    }

    @Test
    void abandonedStatesAreForgotten() {
        InstallStates states = new ElasticsearchInstallStates(connection, Clock.systemUTC(), LIFETIME);
        String abandoned = UUID.randomUUID().toString();
        states.issue(abandoned);
        connection.call(c -> c.indices().refresh(r -> r.index(ElasticsearchInstallStates.INDEX)));

        InstallStates later = new ElasticsearchInstallStates(connection, Clock.offset(Clock.systemUTC(), LIFETIME.plusSeconds(1)),
                LIFETIME);
        assertThat(later.forgetExpired()).isGreaterThanOrEqualTo(1);
        assertThat(states.take(abandoned)).isFalse();
    }

    @Test
    void bothIndicesAreLaidOutLikeDocentsOtherRecords() {
        for (String index : new String[] {ElasticsearchInstallations.INDEX, ElasticsearchInstallStates.INDEX}) {
            IndexSettings settings = connection.call(c -> c.indices().getSettings(s -> s.index(index))).get(index).settings().index();
            assertThat(settings.numberOfShards()).isEqualTo("1");
            assertThat(settings.autoExpandReplicas()).isEqualTo("0-1");
        }
    }
}
