package dev.docent.core.answer;

/** Durations for an answer's timings: milliseconds from {@link System#nanoTime()} readings, to 0.01 ms. */
public final class ElapsedMillis {

    private ElapsedMillis() {
    }

    public static double between(long fromNanos, long toNanos) {
        return Math.round((toNanos - fromNanos) / 10_000.0) / 100.0;
    }
}
