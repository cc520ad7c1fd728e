package dev.docent.slack.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack calls in order per conversation, on shared threads that never wait out a rate limit: a 429
 * reschedules that conversation's call after Slack's Retry-After (at most two minutes, five tries),
 * and only that conversation's later calls queue behind it. A busy or rate-limited channel cannot
 * delay another channel's answers.
 */
public final class SlackDeliveries {

    private static final Logger log = LoggerFactory.getLogger(SlackDeliveries.class);
    static final int MAX_ATTEMPTS = 5;
    static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private final Executor calls;
    private final ScheduledExecutorService timer;
    private final ConcurrentHashMap<String, CompletableFuture<?>> lastInLine = new ConcurrentHashMap<>();

    /**
     * @param calls where the calls run (each blocks for one HTTP round trip)
     * @param timer only schedules retries; never runs a call itself
     */
    public SlackDeliveries(Executor calls, ScheduledExecutorService timer) {
        this.calls = calls;
        this.timer = timer;
    }

    /**
     * Runs {@code call} after every call queued before it for the same conversation has ended,
     * whether it succeeded or not.
     *
     * @param conversation a channel id (or a response URL's owner): the unit of ordering
     */
    public <T> CompletableFuture<T> inOrder(String conversation, Supplier<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        lastInLine.compute(conversation, (key, previous) -> {
            CompletableFuture<?> before = previous == null ? CompletableFuture.completedFuture(null) : previous;
            before.whenComplete((ignored, failure) -> calls.execute(() -> attempt(call, 1, result)));
            return result;
        });
        result.whenComplete((ignored, failure) -> lastInLine.remove(conversation, result));
        return result;
    }

    /** For a thread of its own (a reindex report): waits out rate limits in place, with the same limits. */
    public static <T> T waiting(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (SlackRateLimitedException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(wait(e, attempt).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private <T> void attempt(Supplier<T> call, int attempt, CompletableFuture<T> result) {
        try {
            result.complete(call.get());
        } catch (SlackRateLimitedException e) {
            if (attempt >= MAX_ATTEMPTS) {
                result.completeExceptionally(e);
                return;
            }
            Duration wait = wait(e, attempt);
            log.atInfo().addKeyValue("method", e.method()).addKeyValue("waitMs", wait.toMillis())
                    .addKeyValue("attempt", attempt).log("rate limited by Slack; this conversation's call is rescheduled");
            timer.schedule(() -> calls.execute(() -> attempt(call, attempt + 1, result)), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    private static Duration wait(SlackRateLimitedException e, int attempt) {
        Duration wait = e.retryAfter().orElse(Duration.ofSeconds(attempt));
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
}
