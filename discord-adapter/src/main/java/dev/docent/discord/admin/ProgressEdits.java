package dev.docent.discord.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Paces the edits of one progress message: at most one per interval, so a fast job does not spend
 * Discord's rate limit (or flicker); the updates in between are dropped, as the next one shows the
 * newer state anyway. The final message is not paced: the caller sends it directly.
 */
final class ProgressEdits<T> {

    private final Consumer<T> edit;
    private final Duration interval;
    private final Clock clock;
    private Instant lastEdit;

    ProgressEdits(Consumer<T> edit, Duration interval, Clock clock) {
        this.edit = edit;
        this.interval = interval;
        this.clock = clock;
    }

    /** Edits the message to show {@code update}, unless the last edit was less than an interval ago. */
    synchronized void offer(T update) {
        Instant now = clock.instant();
        if (lastEdit != null && now.isBefore(lastEdit.plus(interval))) {
            return;
        }
        lastEdit = now;
        edit.accept(update);
    }
}
