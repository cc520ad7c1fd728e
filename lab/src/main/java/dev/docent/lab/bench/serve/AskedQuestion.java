package dev.docent.lab.bench.serve;

import java.util.Optional;

/**
 * One question's timeline, in {@link System#nanoTime()}: sent, acknowledged, placeholder posted
 * in its thread, placeholder replaced. Written by the sender and by the fake Slack's threads.
 */
final class AskedQuestion {

    private final String eventId;
    private final String channel;
    private final String ts;
    private final long sentNanos;
    private volatile long ackNanos;
    private volatile int ackStatus;
    private volatile long placeholderNanos;
    private volatile String placeholderTs;
    private volatile long replacedNanos;
    private volatile Outcome outcome;

    AskedQuestion(String eventId, String channel, String ts, long sentNanos) {
        this.eventId = eventId;
        this.channel = channel;
        this.ts = ts;
        this.sentNanos = sentNanos;
    }

    String eventId() {
        return eventId;
    }

    String channel() {
        return channel;
    }

    /** The asker's message: its thread is where Docent answers. */
    String ts() {
        return ts;
    }

    long sentNanos() {
        return sentNanos;
    }

    /** @param status the HTTP status, or -1 when the request failed without one */
    void acknowledged(int status, long atNanos) {
        ackStatus = status;
        ackNanos = atNanos;
    }

    synchronized boolean placeholderPosted(String messageTs, long atNanos) {
        if (placeholderTs != null) {
            return false;
        }
        placeholderTs = messageTs;
        placeholderNanos = atNanos;
        return true;
    }

    /** The first replacement counts; later edits (none expected) do not move it. */
    synchronized void replaced(Outcome outcome, long atNanos) {
        if (this.outcome == null) {
            this.outcome = outcome;
            replacedNanos = atNanos;
        }
    }

    boolean acknowledged() {
        return ackNanos != 0;
    }

    /** An acknowledgement that is not 200 (or none at all, once the run is over). */
    boolean ackFailed() {
        return acknowledged() && ackStatus != 200;
    }

    Optional<Double> ackMs() {
        return acknowledged() && ackStatus > 0 ? Optional.of(Latencies.nanosToMillis(ackNanos - sentNanos)) : Optional.empty();
    }

    Optional<Double> placeholderMs() {
        return placeholderTs == null ? Optional.empty() : Optional.of(Latencies.nanosToMillis(placeholderNanos - sentNanos));
    }

    Optional<Double> replacedMs() {
        return outcome == null ? Optional.empty() : Optional.of(Latencies.nanosToMillis(replacedNanos - sentNanos));
    }

    Optional<Long> replacedNanos() {
        return outcome == null ? Optional.empty() : Optional.of(replacedNanos);
    }

    /** Settled once the placeholder is replaced, or when the event was refused (nothing will come). */
    boolean settled() {
        return outcome != null || ackFailed();
    }

    Outcome outcome() {
        return outcome == null ? Outcome.NOTHING : outcome;
    }
}
