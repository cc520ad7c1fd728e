package dev.docent.slack.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces the edits of one message: the next edit is due an interval after the previous one was
 * done (counting from the message's posting), so Slack never sees two closer together however long
 * a call takes. Slack allows about 50 chat.update calls a minute, shared with every answer.
 */
final class EditThrottle {

    private final Clock clock;
    private final Duration interval;
    private Instant last;

    /** Call right after the message was posted. */
    EditThrottle(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
        this.last = clock.instant();
    }

    boolean due() {
        return untilNext().isZero();
    }

    /** How long until the next edit is due (zero if it is now). */
    Duration untilNext() {
        Duration left = interval.minus(Duration.between(last, clock.instant()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Call when an edit is done: the interval starts again. */
    void edited() {
        last = clock.instant();
    }
}
