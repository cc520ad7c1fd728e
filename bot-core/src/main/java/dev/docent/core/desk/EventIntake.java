package dev.docent.core.desk;

import dev.docent.core.dedup.Claim;
import dev.docent.core.dedup.ClaimResult;
import dev.docent.core.dedup.EventLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles each platform event once across replicas, and never drops one a replica died on. The
 * replica that handles an event holds it in the ledger, renewing its hold while the reply is on its
 * way, and marks it done once the asker has the reply. A redelivery (Slack retries an event whose
 * acknowledgement it did not get) that reaches another replica while the event is held is watched:
 * if the holder finishes, nothing more happens; if its hold runs out first - it died or froze
 * mid-answer - the watching replica takes the event over and answers it.
 *
 * <p>When the ledger cannot be asked (Elasticsearch down), the event is handled: an asker told
 * twice that Docent cannot answer right now is better off than one told nothing.
 */
public final class EventIntake {

    /** What became of one delivery of an event. */
    public enum Outcome {
        /** Handled here: the first delivery, or one the ledger could not be asked about. */
        HANDLED,
        /** Handled here after the replica that held it went silent. */
        TAKEN_OVER,
        /** Handled (or being handled) already: nothing to do. */
        DUPLICATE
    }

    /**
     * @param lease       how long a hold lasts unless renewed: how long a dead replica's event waits
     * @param renewEvery  how often the holder renews it while the reply is on its way
     * @param watchEvery  how often a watched event's hold is looked at again (a retried event is rare, its asker waiting)
     * @param watchAtMost Slack retries for about five minutes after the first delivery; watching longer helps nobody
     */
    record Timing(Duration lease, Duration renewEvery, Duration watchEvery, Duration watchAtMost) {

        static final Timing DEFAULTS = new Timing(Duration.ofSeconds(15), Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofMinutes(10));
    }

    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

    private final EventLedger ledger;
    private final ScheduledExecutorService timer;
    private final Executor work;
    private final DeskMetrics metrics;
    private final Timing timing;
    private final String replica = "replica-" + UUID.randomUUID();

    EventIntake(EventLedger ledger, ScheduledExecutorService timer, Executor work, DeskMetrics metrics, Timing timing) {
        this.ledger = ledger;
        this.timer = timer;
        this.work = work;
        this.metrics = metrics;
        this.timing = timing;
    }

    /**
     * Runs {@code handler} on the work executor if this delivery is the one to handle the event,
     * now or once a silent holder's hold runs out; tells {@code outcome} what became of it.
     *
     * @param handler starts the work; its stage completes once the asker has the reply (or was told
     *                why not). The hold is renewed until then.
     */
    public void once(String source, String eventId, Supplier<CompletionStage<?>> handler, Consumer<Outcome> outcome) {
        execute(() -> attempt(source, eventId, handler, outcome, Instant.now().plus(timing.watchAtMost())));
    }

    private void attempt(String source, String eventId, Supplier<CompletionStage<?>> handler, Consumer<Outcome> outcome,
                         Instant watchUntil) {
        ClaimResult result;
        try {
            // Each attempt under its own name: a redelivery to this replica is not this attempt's retry.
            result = ledger.claim(source, eventId, replica + "/" + UUID.randomUUID(), timing.lease());
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("source", source).addKeyValue("error", e.getClass().getName())
                    .log("could not ask the delivery ledger; handling the event");
            metrics.failed(source, "dedupe");
            outcome.accept(Outcome.HANDLED);
            handler.get();
            return;
        }
        switch (result) {
            case ClaimResult.Claimed claimed -> {
                outcome.accept(claimed.takenOver() ? Outcome.TAKEN_OVER : Outcome.HANDLED);
                if (claimed.takenOver()) {
                    log.atWarn().addKeyValue("source", source).log("took over an event whose replica went silent");
                }
                handleHolding(claimed.claim(), handler);
            }
            case ClaimResult.Handled handled -> outcome.accept(Outcome.DUPLICATE);
            case ClaimResult.HeldElsewhere held -> {
                if (Instant.now().isAfter(watchUntil)) {
                    outcome.accept(Outcome.DUPLICATE);
                    return;
                }
                schedule(() -> execute(() -> attempt(source, eventId, handler, outcome, watchUntil)));
            }
        }
    }

    private void handleHolding(Claim claim, Supplier<CompletionStage<?>> handler) {
        Hold hold = new Hold(claim);
        ScheduledFuture<?> renewal = timer.scheduleWithFixedDelay(hold::renew, timing.renewEvery().toMillis(),
                timing.renewEvery().toMillis(), TimeUnit.MILLISECONDS);
        CompletionStage<?> replied;
        try {
            replied = handler.get();
        } catch (RuntimeException e) {
            replied = CompletableFuture.failedFuture(e);
        }
        replied.whenComplete((ignored, failure) -> {
            renewal.cancel(false);
            hold.done();
        });
    }

    /**
     * This replica's hold on one event. A renewal may be under way when the work ends: renewing and
     * closing take turns, so the close writes over the latest version rather than losing to it.
     */
    private final class Hold {

        private Claim claim;
        private boolean finished;

        Hold(Claim claim) {
            this.claim = claim;
        }

        synchronized void renew() {
            if (finished || claim == null) {
                return;
            }
            try {
                claim = ledger.renew(claim, timing.lease()).orElse(null);
                if (claim == null) {
                    log.atWarn().log("another replica took over an event still being answered here");
                }
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("error", e.getClass().getName()).log("could not renew the hold on an event");
            }
        }

        synchronized void done() {
            finished = true;
            if (claim == null) {
                return;
            }
            try {
                ledger.done(claim);
            } catch (RuntimeException e) {
                // Its hold runs out by itself; a retry then finds it lapsed and answers again - rare, and never silence.
                log.atWarn().addKeyValue("error", e.getClass().getName()).log("could not mark an event handled");
            }
        }
    }

    private void schedule(Runnable next) {
        try {
            timer.schedule(next, timing.watchEvery().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // This replica is shutting down: the holder, or Slack's next retry, sees to the event.
        }
    }

    private void execute(Runnable task) {
        try {
            work.execute(task);
        } catch (RejectedExecutionException stopping) {
            // As above.
        }
    }
}
