package dev.docent.app.server;

import dev.docent.core.conversation.ConversationRetention;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * docent.yml's {@code retention} at work in {@code docent serve}: questions older than it are
 * forgotten when Docent starts and then at a steady interval, on one background thread. Every
 * replica runs it; forgetting what another replica already forgot costs a search.
 */
public final class RetentionSchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final ScheduledExecutorService executor;

    private RetentionSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static RetentionSchedule start(ConversationRetention retention, Duration keepFor, Duration every) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "docent-retention");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> forget(retention, keepFor), 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return new RetentionSchedule(executor);
    }

    private static void forget(ConversationRetention retention, Duration keepFor) {
        try {
            ConversationRetention.Forgotten forgotten = retention.forgetOlderThan(keepFor);
            if (forgotten.total() > 0) {
                log.atInfo().addKeyValue("answers", forgotten.answers()).addKeyValue("votes", forgotten.votes())
                        .addKeyValue("cases", forgotten.cases()).log("forgot questions older than the retention period");
            }
        } catch (RuntimeException e) {
            // The next run tries again; a scheduled task that threw would never run again.
            log.atWarn().addKeyValue("error", e.getClass().getName()).log("could not forget old questions; trying again later");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
