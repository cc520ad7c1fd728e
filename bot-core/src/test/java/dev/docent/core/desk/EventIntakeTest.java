package dev.docent.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.dedup.ElasticsearchEventLedger;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.testing.Await;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas' intakes on one ledger: a redelivery to the other replica waits for the holder, and
 * answers only when the holder went silent. Short leases, so that "silent" takes a second.
 */
@EmbeddedElasticsearchTest
class EventIntakeTest {

    private static final EventIntake.Timing QUICK = new EventIntake.Timing(Duration.ofMillis(1500), Duration.ofMillis(300),
            Duration.ofMillis(100), Duration.ofSeconds(30));

    ElasticsearchEndpoint elasticsearch;
    private ElasticsearchConnection connection;
    private final List<ScheduledExecutorService> timers = new CopyOnWriteArrayList<>();
    private final ExecutorService work = Executors.newCachedThreadPool();
    private final AtomicInteger answers = new AtomicInteger();
    private final List<EventIntake.Outcome> outcomes = new CopyOnWriteArrayList<>();
    private String event;

    @BeforeEach
    void connect() {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        DeskIndices.create(connection);
        event = "Ev" + UUID.randomUUID();
    }

    @AfterEach
    void stop() {
        timers.forEach(ScheduledExecutorService::shutdownNow);
        work.shutdownNow();
        connection.close();
    }

    @Test
    void aRedeliveryWhileTheHolderWorksIsAnsweredOnlyByTheHolder() {
        CompletableFuture<Void> holderReplies = new CompletableFuture<>();
        replica().once("slack", event, () -> answering(holderReplies), outcomes::add);
        Await.until("the holder to start", () -> answers.get() == 1);

        replica().once("slack", event, () -> answering(CompletableFuture.completedFuture(null)), outcomes::add);
        // Well past the first lease: the holder renews its hold while its reply is on its way.
        long watchedFrom = System.currentTimeMillis();
        Await.until(Duration.ofSeconds(30), () -> leaseUntil() > watchedFrom + 2 * QUICK.lease().toMillis(),
                () -> "the hold was not renewed past two leases");
        holderReplies.complete(null);

        Await.until("the redelivery to be judged a duplicate", () -> outcomes.size() == 2);
        assertThat(outcomes).containsExactly(EventIntake.Outcome.HANDLED, EventIntake.Outcome.DUPLICATE);
        assertThat(answers).hasValue(1);
    }

    @Test
    void aRedeliveryTakesOverAnEventWhoseHolderFellSilentMidAnswer() {
        ScheduledExecutorService deadReplicasTimer = Executors.newSingleThreadScheduledExecutor();
        timers.add(deadReplicasTimer);
        new EventIntake(new ElasticsearchEventLedger(connection, Clock.systemUTC()), deadReplicasTimer, work,
                new DeskMetrics(new SimpleMeterRegistry()), QUICK)
                .once("slack", event, () -> answering(new CompletableFuture<>()), outcomes::add);
        Await.until("the first replica to start answering", () -> answers.get() == 1);
        deadReplicasTimer.shutdownNow(); // as a kill -9 would: no more renewals, the answer never comes

        replica().once("slack", event, () -> answering(CompletableFuture.completedFuture(null)), outcomes::add);

        Await.until("the other replica to take the event over", () -> outcomes.size() == 2);
        assertThat(outcomes).containsExactly(EventIntake.Outcome.HANDLED, EventIntake.Outcome.TAKEN_OVER);
        assertThat(answers).hasValue(2);
    }

    @Test
    void whenTheLedgerCannotBeAskedTheEventIsHandled() {
        try (ElasticsearchConnection dead = ElasticsearchConnection.open(URI.create("http://127.0.0.1:1"), Optional.empty())) {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            timers.add(timer);
            new EventIntake(new ElasticsearchEventLedger(dead, Clock.systemUTC()), timer, work,
                    new DeskMetrics(new SimpleMeterRegistry()), QUICK)
                    .once("slack", event, () -> answering(CompletableFuture.completedFuture(null)), outcomes::add);

            Await.until("the event to be handled", () -> answers.get() == 1);
            assertThat(outcomes).containsExactly(EventIntake.Outcome.HANDLED);
        }
    }

    private EventIntake replica() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        timers.add(timer);
        return new EventIntake(new ElasticsearchEventLedger(connection, Clock.systemUTC()), timer, work,
                new DeskMetrics(new SimpleMeterRegistry()), QUICK);
    }

    private CompletableFuture<Void> answering(CompletableFuture<Void> replied) {
        answers.incrementAndGet();
        return replied;
    }

    private long leaseUntil() {
        var record = connection.call(c -> c.get(g -> g.index(ElasticsearchEventLedger.INDEX).id("slack:" + event), Map.class));
        return ((Number) record.source().get("lease_until")).longValue();
    }
}
