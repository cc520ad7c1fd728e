package dev.docent.lab.bench.serve;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * One stretch of load: mentions sent at a fixed rate, round-robin over the channels, each with its
 * own event_id and message ts, without waiting for one before the next (a slow acknowledgement
 * does not slow the sender down); then a wait until every question has its reply or the patience
 * runs out.
 */
final class LoadPhase {

    private static final int ASKERS = 50;

    private final FakeSlackApi slack;
    private final SignedMentions mentions;
    private final String eventPrefix;

    /** @param eventPrefix unique per run: Docent's de-duplication ledger remembers event ids for an hour */
    LoadPhase(FakeSlackApi slack, SignedMentions mentions, String eventPrefix) {
        this.slack = slack;
        this.mentions = mentions;
        this.eventPrefix = eventPrefix;
    }

    /** What was sent and what came back. */
    record Run(QuestionTracker tracker, long startNanos, long sendingEndedNanos, double sendLagMaxMs) {
    }

    /**
     * @param atStart runs once the first question is about to go, with the start time (to schedule events in the run)
     * @param patience how long to wait after the last question for replies still missing
     * @param earlier  trackers of earlier phases that go on hearing Slack's calls (their late replies)
     */
    Run run(String name, List<String> channels, double perSecond, Duration sending, Duration patience,
            LongConsumer atStart, List<QuestionTracker> earlier) throws InterruptedException {
        QuestionTracker tracker = new QuestionTracker();
        slack.listener(call -> {
            tracker.heard(call);
            earlier.forEach(before -> before.heard(call));
        });
        long total = Math.round(perSecond * sending.toNanos() / 1e9);
        double intervalNanos = 1e9 / perSecond;
        long start = System.nanoTime();
        atStart.accept(start);
        long worstLag = 0;
        for (int i = 0; i < total; i++) {
            long planned = start + Math.round(i * intervalNanos);
            long now;
            while ((now = System.nanoTime()) < planned) {
                LockSupport.parkNanos(planned - now);
            }
            worstLag = Math.max(worstLag, now - planned);
            String channel = channels.get(i % channels.size());
            String question = SampleQuestions.ALL.get(i % SampleQuestions.ALL.size());
            AskedQuestion asked = new AskedQuestion(eventPrefix + "-" + name + "-" + i, channel, slack.nextTs(), System.nanoTime());
            tracker.asking(asked);
            mentions.send(asked.eventId(), channel, "U_ASKER_" + (i % ASKERS), question, asked.ts())
                    .whenComplete((status, failure) -> asked.acknowledged(failure == null ? status : -1, System.nanoTime()));
        }
        long sendingEnded = System.nanoTime();
        long deadline = sendingEnded + patience.toNanos();
        while (!tracker.allSettled() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return new Run(tracker, start, sendingEnded, Latencies.nanosToMillis(worstLag));
    }
}
