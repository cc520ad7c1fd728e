package dev.docent.app.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong tokens per address: after a few within a window, that address may not try again until the
 * window has passed. The token is long enough that guessing cannot work; this keeps the log quiet
 * and the CPU free while someone tries.
 */
final class SignInThrottle {

    static final int ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Addresses remembered at most: enough for any real use, small enough that a spray of addresses cannot fill memory. */
    private static final int ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean allows(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() < ATTEMPTS;
        }
    }

    void failed(String address) {
        if (failures.size() >= ADDRESSES) {
            failures.clear();
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    void succeeded(String address) {
        failures.remove(address);
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }
}
