package dev.docent.core.dedup;

import java.time.Instant;

/** What asking to handle a platform event found. */
public sealed interface ClaimResult {

    /** This replica holds the event now: the first to see it, or taking over from a holder that went silent. */
    record Claimed(Claim claim, boolean takenOver) implements ClaimResult {
    }

    /** Handled already, or being handled by this very replica: nothing to do. */
    record Handled() implements ClaimResult {
    }

    /** Another replica holds it and renewed its hold lately: it is at work on it, or its hold runs out at {@code until}. */
    record HeldElsewhere(String holder, Instant until) implements ClaimResult {
    }
}
