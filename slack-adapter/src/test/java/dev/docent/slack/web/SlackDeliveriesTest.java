package dev.docent.slack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackDeliveriesTest {

    private final ExecutorService calls = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final SlackDeliveries deliveries = new SlackDeliveries(calls, timer);
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        calls.shutdownNow();
        timer.shutdownNow();
    }

    @Test
    void rateLimitedConversationWaitsItsTurnWithoutHoldingUpAnother() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CompletableFuture<String> limited = deliveries.inOrder("C_BUSY", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new SlackRateLimitedException("chat.update", Optional.of(Duration.ofSeconds(1)), null);
            }
            return record("busy 1");
        });
        CompletableFuture<String> next = deliveries.inOrder("C_BUSY", () -> record("busy 2"));
        CompletableFuture<String> other = deliveries.inOrder("C_QUIET", () -> record("quiet 1"));

        CompletableFuture.allOf(limited, next, other).get(30, TimeUnit.SECONDS);

        assertThat(delivered).containsExactly("quiet 1", "busy 1", "busy 2");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void failedCallEndsItsFutureAndTheConversationGoesOn() throws Exception {
        CompletableFuture<String> refused = deliveries.inOrder("C1", () -> {
            throw new SlackCallException("chat.postMessage", "not_in_channel");
        });
        CompletableFuture<String> after = deliveries.inOrder("C1", () -> record("after"));

        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(SlackCallException.class);
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo("after");
    }

    @Test
    void givesUpAfterFiveRateLimitedTries() {
        AtomicInteger attempts = new AtomicInteger();
        CompletableFuture<String> never = deliveries.inOrder("C1", () -> {
            attempts.incrementAndGet();
            throw new SlackRateLimitedException("chat.update", Optional.of(Duration.ZERO), null);
        });

        assertThatThrownBy(() -> never.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(SlackRateLimitedException.class);
        assertThat(attempts).hasValue(SlackDeliveries.MAX_ATTEMPTS);
    }

    private String record(String what) {
        delivered.add(what);
        return what;
    }
}
