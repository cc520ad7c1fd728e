package dev.docent.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for something a test expects to happen on another thread or process, by polling: never a
 * sleep for a guessed time, and a failure that says what was awaited and what was seen instead.
 */
public final class Await {

    /** Long enough for a slow, shared CI machine; a passing test never waits it out. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 20;

    private Await() {
    }

    /** Returns the probe's value as soon as it has one. */
    public static <T> T value(Duration timeout, Supplier<Optional<T>> probe, Supplier<String> whatWasSeen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s in vain. " + whatWasSeen.get());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }

    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> whatWasSeen) {
        value(timeout, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), whatWasSeen);
    }

    public static void until(String what, BooleanSupplier condition) {
        until(PATIENCE, condition, () -> what + " did not happen.");
    }
}
