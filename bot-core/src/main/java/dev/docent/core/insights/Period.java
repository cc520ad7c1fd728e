package dev.docent.core.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A span of time the support lead looks at: from (inclusive) to (exclusive). */
public record Period(Instant from, Instant to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
    }

    /** The last {@code length} up to now, e.g. the last 30 days. */
    public static Period last(Duration length, Clock clock) {
        Instant now = clock.instant();
        return new Period(now.minus(length), now);
    }
}
