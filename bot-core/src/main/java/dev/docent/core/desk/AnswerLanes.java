package dev.docent.core.desk;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Backpressure for answer work: a bounded number of questions in flight (queued or running) per
 * channel, per tenant and in all, so one busy channel or workspace cannot fill the queue that every
 * other one waits in, and a flood ends in a clear "busy" instead of a queue that grows for ever.
 */
public final class AnswerLanes {

    /**
     * @param perChannel questions in flight from one channel
     * @param perTenant  from one workspace or server
     * @param total      in all: beyond it, answers would come too late to be worth waiting for
     */
    public record Limits(int perChannel, int perTenant, int total) {

        /** Sized to the machine: answer work is CPU-bound (embedding, scoring). */
        public static Limits forThisMachine() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Limits(8, 16 * cores, 32 * cores);
        }
    }

    private final Executor workers;
    private final Limits limits;
    private final MeterRegistry metrics;
    private final Map<String, Integer> byChannel = new HashMap<>();
    private final Map<String, Integer> byTenant = new HashMap<>();
    private int total;

    public AnswerLanes(Executor workers, Limits limits, MeterRegistry metrics) {
        this.workers = workers;
        this.limits = limits;
        this.metrics = metrics;
    }

    /**
     * Runs {@code job} on the workers unless a limit is reached.
     *
     * @return false when Docent is too busy to take it: the caller tells the asker ({@link Notices#BUSY})
     */
    public boolean offer(String platform, String tenant, String channel, Runnable job) {
        String channelKey = tenant + "/" + channel;
        synchronized (this) {
            if (byChannel.getOrDefault(channelKey, 0) >= limits.perChannel() || byTenant.getOrDefault(tenant, 0) >= limits.perTenant()
                    || total >= limits.total()) {
                metrics.counter("docent.answers.refused", "platform", platform, "why", "busy").increment();
                return false;
            }
            byChannel.merge(channelKey, 1, Integer::sum);
            byTenant.merge(tenant, 1, Integer::sum);
            total++;
        }
        try {
            workers.execute(() -> {
                try {
                    job.run();
                } finally {
                    release(tenant, channelKey);
                }
            });
        } catch (RuntimeException rejected) {
            release(tenant, channelKey);
            throw rejected;
        }
        return true;
    }

    private synchronized void release(String tenant, String channelKey) {
        byChannel.computeIfPresent(channelKey, (k, n) -> n > 1 ? n - 1 : null);
        byTenant.computeIfPresent(tenant, (k, n) -> n > 1 ? n - 1 : null);
        total--;
    }
}
