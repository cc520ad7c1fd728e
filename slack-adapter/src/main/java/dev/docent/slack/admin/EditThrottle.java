package dev.docent.slack.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces the edits of one message: at most one per interval, counting from the message's
 * posting. Slack allows about 50 chat.update calls a minute, shared with every answer.
 */
final class EditThrottle {

    private final Clock clock;
    private final Duration interval;
    private Instant last;

    EditThrottle(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
        this.last = clock.instant();
    }

    /** True, and counts as an edit, if an interval has passed since the last one. */
    synchronized boolean tryEdit() {
        Instant now = clock.instant();
        if (Duration.between(last, now).compareTo(interval) < 0) {
            return false;
        }
        last = now;
        return true;
    }

    /** How long until the next edit is allowed (zero if it is now). */
    synchronized Duration untilNext() {
        Duration left = interval.minus(Duration.between(last, clock.instant()));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
