package dev.docent.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Holds on platform events in Elasticsearch: one holder at a time, and a silent holder's event taken over once. */
@EmbeddedElasticsearchTest
class EventClaimsTest {

    private static final Duration LEASE = Duration.ofSeconds(15);

    ElasticsearchEndpoint elasticsearch;
    private ElasticsearchConnection connection;
    private EventLedger now;
    private EventLedger aMinuteLater;
    private String event;

    @BeforeEach
    void connect() {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        DeskIndices.create(connection);
        now = new ElasticsearchEventLedger(connection, Clock.systemUTC());
        aMinuteLater = new ElasticsearchEventLedger(connection, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)));
        event = "Ev" + UUID.randomUUID();
    }

    @AfterEach
    void disconnect() {
        connection.close();
    }

    @Test
    void anEventHeldByAReplicaAtWorkIsNeitherTakenNorAnsweredAgain() {
        ClaimResult first = now.claim("slack", event, "replica-a/1", LEASE);
        ClaimResult redeliveredElsewhere = now.claim("slack", event, "replica-b/1", LEASE);
        ClaimResult redeliveredHere = now.claim("slack", event, "replica-a/2", LEASE);

        assertThat(first).isInstanceOfSatisfying(ClaimResult.Claimed.class, c -> assertThat(c.takenOver()).isFalse());
        assertThat(redeliveredElsewhere).isInstanceOfSatisfying(ClaimResult.HeldElsewhere.class,
                held -> assertThat(held.holder()).isEqualTo("replica-a/1"));
        assertThat(redeliveredHere).isInstanceOf(ClaimResult.HeldElsewhere.class);
    }

    /** When a node dies under a write, the client sends it again to another node, where it meets itself. */
    @Test
    void aClaimWrittenTwiceByTheClientIsStillTheClaimOfItsAttempt() {
        Claim first = ((ClaimResult.Claimed) now.claim("slack", event, "replica-a/1", LEASE)).claim();

        ClaimResult again = now.claim("slack", event, "replica-a/1", LEASE);

        assertThat(again).isInstanceOfSatisfying(ClaimResult.Claimed.class, c -> {
            assertThat(c.takenOver()).isFalse();
            assertThat(c.claim()).isEqualTo(first);
        });
    }

    @Test
    void aFirstDeliveryWrittenTwiceByTheClientIsStillFirstButARedeliveryIsNot() {
        ElasticsearchEventLedger ledger = new ElasticsearchEventLedger(connection, Clock.systemUTC());

        assertThat(ledger.firstDelivery("discord-message", event, "call-1")).isTrue();
        assertThat(ledger.firstDelivery("discord-message", event, "call-1")).as("the same call, retried").isTrue();
        assertThat(ledger.firstDelivery("discord-message", event, "call-2")).as("a redelivery").isFalse();
    }

    @Test
    void aDoneEventIsHandledForEveryLaterDeliveryEvenAfterItsLeaseWouldHaveRunOut() {
        Claim claim = ((ClaimResult.Claimed) now.claim("slack", event, "replica-a/1", LEASE)).claim();
        now.done(claim);

        assertThat(now.claim("slack", event, "replica-b/1", LEASE)).isInstanceOf(ClaimResult.Handled.class);
        assertThat(aMinuteLater.claim("slack", event, "replica-b/1", LEASE)).isInstanceOf(ClaimResult.Handled.class);
    }

    @Test
    void aLapsedHoldIsTakenOverByOneReplicaAndTheSilentHolderCannotRenewIt() {
        Claim silent = ((ClaimResult.Claimed) now.claim("slack", event, "replica-a/1", LEASE)).claim();

        ClaimResult taker = aMinuteLater.claim("slack", event, "replica-b/1", LEASE);
        ClaimResult secondTaker = aMinuteLater.claim("slack", event, "replica-c/1", LEASE);

        assertThat(taker).isInstanceOfSatisfying(ClaimResult.Claimed.class, c -> assertThat(c.takenOver()).isTrue());
        assertThat(secondTaker).isInstanceOfSatisfying(ClaimResult.HeldElsewhere.class,
                held -> assertThat(held.holder()).isEqualTo("replica-b/1"));
        assertThat(now.renew(silent, LEASE)).as("the hold is no longer replica-a's").isEmpty();
    }

    @Test
    void aRenewedHoldIsNotTakenOver() {
        Claim claim = ((ClaimResult.Claimed) now.claim("slack", event, "replica-a/1", LEASE)).claim();
        EventLedger later = new ElasticsearchEventLedger(connection, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(10)));

        Optional<Claim> renewed = later.renew(claim, LEASE);
        ClaimResult atTwentySeconds = new ElasticsearchEventLedger(connection,
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(20))).claim("slack", event, "replica-b/1", LEASE);

        assertThat(renewed).isPresent();
        assertThat(atTwentySeconds).isInstanceOf(ClaimResult.HeldElsewhere.class);
    }

    @Test
    void anEventRecordedAsAFirstDeliveryCountsAsHandled() {
        assertThat(now.firstDelivery("discord-message", event)).isTrue();

        assertThat(aMinuteLater.claim("discord-message", event, "replica-b/1", LEASE)).isInstanceOf(ClaimResult.Handled.class);
    }
}
