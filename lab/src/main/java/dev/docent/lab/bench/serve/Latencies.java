package dev.docent.lab.bench.serve;

import java.util.Collection;

/**
 * A latency distribution's p50, p95 and p99 in milliseconds, by the nearest-rank method: the
 * p-th percentile is the smallest sample that at least p% of the samples do not exceed, so every
 * figure is a latency that was actually measured. An empty distribution has no percentiles (null).
 *
 * @param count how many samples there were
 */
public record Latencies(int count, Double p50Ms, Double p95Ms, Double p99Ms) {

    public static Latencies ofMillis(Collection<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Latencies(0, null, null, null);
        }
        return new Latencies(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    /** The nearest-rank percentile of ascending, non-empty {@code sorted}. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0 || p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p + " of " + sorted.length + " samples");
        }
        // p * n first: 95 * 100 / 100 is exactly 95, where 0.95 * 100 need not be
        int rank = (int) Math.ceil(p * sorted.length / 100);
        return sorted[Math.max(rank, 1) - 1];
    }

    public static double nanosToMillis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
