package dev.docent.lab.bench.serve;

import dev.docent.core.error.UserInputException;
import io.micrometer.core.instrument.Counter;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** Runs a scenario against a started {@link ServingStack} and returns its figures. */
final class ServeBenchmark {

    /** Retry-After of the rate-limited channel, in seconds. */
    static final int RETRY_AFTER = 2;
    /** How long to wait for /health to say "up" again after the load, for the es-kill figures. */
    private static final Duration RECOVERY_PATIENCE = Duration.ofMinutes(2);

    /**
     * What to run.
     *
     * @param seconds   how long questions are sent; for es-kill, how long after the kill
     * @param patience  how long to wait after the last question for replies still missing
     * @param killAfter es-kill: when the node is killed, from the first question
     * @param warmup    questions asked (and answered) before anything is measured
     * @param rates     ramp: the rates stepped through, one phase each
     */
    record Options(Scenario scenario, double rate, int seconds, int channels, Duration patience, Duration killAfter,
                   int warmup, List<Double> rates) {
    }

    /** Slack wants its acknowledgement within 3 s; a p99 under 1 s leaves room for the network between. */
    static final double ACK_P99_LIMIT_MS = 1_000;

    private final ServingStack stack;
    private final PrintStream progress;
    private final LoadPhase load;

    ServeBenchmark(ServingStack stack, PrintStream progress) {
        this.stack = stack;
        this.progress = progress;
        this.load = new LoadPhase(stack.slack(), stack.mentions(), "Ev" + Long.toString(System.currentTimeMillis(), 36));
    }

    ServeReport run(Options options) throws InterruptedException {
        List<String> channels = IntStream.rangeClosed(1, options.channels()).mapToObj("C_BENCH_%02d"::formatted).toList();
        Double loadAtStart = ResidentMemory.loadAverage().orElse(null);
        warmUp(options);
        Result result = switch (options.scenario()) {
            case STEADY -> new Result(List.of(measure("steady", channels, options, start -> { }).phase()), null, null, null);
            case RATE_LIMITED -> rateLimited(channels, options);
            case ES_KILL -> killUnderLoad(channels, options);
            case RAMP -> ramp(channels, options);
        };
        ServeReport.Machine machine = new ServeReport.Machine(Runtime.getRuntime().availableProcessors(), loadAtStart,
                ResidentMemory.loadAverage().orElse(null));
        return new ServeReport(options.scenario().label(), options.rate(), options.seconds(), options.channels(),
                options.warmup(), stack.answerCacheOn() ? "on" : "off", machine, result.phases(),
                result.rateLimited(), result.esKill(), result.ramp());
    }

    private record Result(List<ServeReport.Phase> phases, ServeReport.RateLimited rateLimited, ServeReport.EsKill esKill,
                          ServeReport.Ramp ramp) {
    }

    /**
     * The same load at rising rates, one phase each, until the rates run out or a step misses by
     * far (most questions unanswered): where it saturates, and the highest rate it sustains.
     */
    private Result ramp(List<String> channels, Options options) throws InterruptedException {
        List<ServeReport.Phase> phases = new ArrayList<>();
        for (double rate : options.rates()) {
            Options step = new Options(options.scenario(), rate, options.seconds(), options.channels(), options.patience(),
                    options.killAfter(), 0, options.rates());
            ServeReport.Phase phase = measure("at " + ServeTable.number(rate) + "/s", channels, step, start -> { }).phase();
            phases.add(phase);
            if (phase.outcomes().getOrDefault(Outcome.NOTHING.key(), 0) > phase.sent() / 2) {
                progress.println("More than half the questions got no reply: stopping the ramp here.");
                break;
            }
        }
        Double sustained = null;
        Double answeredInFull = null;
        for (int i = 0; i < phases.size(); i++) {
            ServeReport.Phase phase = phases.get(i);
            double rate = options.rates().get(i);
            boolean acked = phase.errors() == 0 && phase.ack().p99Ms() != null && phase.ack().p99Ms() < ACK_P99_LIMIT_MS;
            if (acked) {
                sustained = rate;
            }
            if (acked && phase.outcomes().getOrDefault(Outcome.ANSWERED.key(), 0) == phase.sent()) {
                answeredInFull = rate;
            }
        }
        return new Result(phases, null, null, new ServeReport.Ramp(options.rates(), ACK_P99_LIMIT_MS, sustained, answeredInFull));
    }

    /**
     * {@code questions} questions (by default each sample question once) at the run's rate, over
     * channels of their own, not measured: the JIT and the connections get going first. Docent on a
     * cold JVM is slower for tens of seconds (the answer p95 per 10 s shows it); a warm-up of
     * 20-30 s at the rate measures it warm.
     */
    private void warmUp(Options options) throws InterruptedException {
        if (options.warmup() <= 0) {
            return;
        }
        progress.printf("Warming up: %d questions...%n", options.warmup());
        List<String> channels = IntStream.rangeClosed(1, options.channels()).mapToObj("C_WARMUP_%02d"::formatted).toList();
        Duration sending = Duration.ofNanos(Math.round(options.warmup() * 1e9 / options.rate()));
        load.run("warmup", channels, options.rate(), sending, options.patience(), start -> { }, List.of());
    }

    /**
     * The same load three times: as it is, with the first channel answered 429 on every message it
     * is sent, and as it is again - on a shared or warming machine the two steady runs differ too.
     */
    private Result rateLimited(List<String> channels, Options options) throws InterruptedException {
        Measured steady = measure("steady", channels, options, start -> { });
        ServeReport.Phase steadyPhase = steady.phase();
        String limited = channels.getFirst();
        stack.slack().rateLimit(limited, RETRY_AFTER);
        Measured limitedRun;
        try {
            limitedRun = measure("rate-limited", channels, options, start -> { });
        } finally {
            stack.slack().stopRateLimiting();
        }
        ServeReport.Phase limitedPhase = limitedRun.phase();
        Map<String, Integer> limitedOutcomes = limitedRun.run().tracker().figures(limited::equals).outcomes();
        int rateLimitedCalls = limitedRun.run().tracker().rateLimitedCalls();
        // the limited channel's questions still queued when the limit ends are answered during this run: count them
        Measured again = measure("steady again", channels, options, start -> { }, List.of(limitedRun.run().tracker()));
        QuestionTracker.Figures limitedLater = limitedRun.run().tracker().figures(limited::equals);
        Predicate<String> others = channel -> !channel.equals(limited);
        ServeReport.RateLimited figures = new ServeReport.RateLimited(limited, RETRY_AFTER, others(steady, others),
                others(limitedRun, others), others(again, others), limitedOutcomes, rateLimitedCalls,
                new ServeReport.Others(limitedLater.reply(), limitedLater.outcomes()));
        return new Result(List.of(steadyPhase, limitedPhase, again.phase()), figures, null, null);
    }

    private static ServeReport.Others others(Measured measured, Predicate<String> channels) {
        QuestionTracker.Figures figures = measured.run().tracker().figures(channels);
        return new ServeReport.Others(figures.reply(), figures.outcomes());
    }

    private record Killed(long pid, long atNanos) {
    }

    /** Sends at the rate, kills the node after killAfter, keeps sending; watches /health all along. */
    private Result killUnderLoad(List<String> channels, Options options) throws InterruptedException {
        if (ResidentMemory.embeddedNode().isEmpty()) {
            throw new UserInputException("The es-kill scenario kills Docent's embedded Elasticsearch node: unset ES_URL.");
        }
        AtomicReference<Killed> killed = new AtomicReference<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("bench-kill").factory());
        try (HealthWatch health = HealthWatch.start(stack.healthPort())) {
            Measured measured = measure("es-kill", channels, options, start -> timer.schedule(() ->
                    ResidentMemory.embeddedNode().ifPresent(node -> {
                        killed.set(new Killed(node.pid(), System.nanoTime()));
                        node.destroyForcibly();
                        progress.printf("Killed the embedded node (pid %d).%n", node.pid());
                    }), options.killAfter().toMillis(), TimeUnit.MILLISECONDS));
            Killed kill = killed.get();
            if (kill == null) {
                throw new IllegalStateException("The embedded node was gone before the kill: nothing was killed.");
            }
            Optional<HealthWatch.Sample> notUp = health.firstNotUpAfter(kill.atNanos());
            Optional<HealthWatch.Sample> upAgain = Optional.empty();
            if (notUp.isPresent()) {
                upAgain = health.firstUpAfter(notUp.get().atNanos());
                if (upAgain.isEmpty()) {
                    progress.println("Waiting for /health to say \"up\" again...");
                    upAgain = health.awaitUpAfter(notUp.get().atNanos(), RECOVERY_PATIENCE);
                }
            }
            // measured only now: the node's memory "after" is the restarted node's
            ServeReport.Phase phase = measured.phase();
            long upAt = upAgain.map(HealthWatch.Sample::atNanos).orElse(Long.MAX_VALUE);
            List<AskedQuestion> asked = measured.run().tracker().questions();
            Optional<Long> firstAnswer = asked.stream()
                    .filter(q -> q.sentNanos() > kill.atNanos() && q.outcome() == Outcome.ANSWERED)
                    .flatMap(q -> q.replacedNanos().stream())
                    .min(Long::compare);
            Map<String, Map<String, Integer>> bySendTime = new LinkedHashMap<>();
            bySendTime.put("beforeKill", QuestionTracker.outcomes(asked.stream()
                    .filter(q -> q.sentNanos() <= kill.atNanos()).toList()));
            bySendTime.put("killToUp", QuestionTracker.outcomes(asked.stream()
                    .filter(q -> q.sentNanos() > kill.atNanos() && q.sentNanos() <= upAt).toList()));
            bySendTime.put("afterUp", QuestionTracker.outcomes(asked.stream().filter(q -> q.sentNanos() > upAt).toList()));
            long toward = upAgain.map(HealthWatch.Sample::atNanos).orElse(System.nanoTime());
            ServeReport.EsKill figures = new ServeReport.EsKill(
                    Latencies.nanosToMillis(kill.atNanos() - measured.run().startNanos()) / 1000, kill.pid(),
                    phase.processes().stream().filter(p -> p.role().equals("elasticsearch")).findFirst()
                            .map(ProcessUse::pidAfter).orElse(null),
                    notUp.map(s -> Latencies.nanosToMillis(s.atNanos() - kill.atNanos())).orElse(null),
                    health.elasticsearchStatesBetween(kill.atNanos(), toward).stream().filter(s -> !s.equals("up")).toList(),
                    upAgain.map(s -> Latencies.nanosToMillis(s.atNanos() - kill.atNanos())).orElse(null),
                    firstAnswer.map(at -> Latencies.nanosToMillis(at - kill.atNanos())).orElse(null),
                    bySendTime);
            return new Result(List.of(phase), null, figures, null);
        } finally {
            timer.shutdownNow();
        }
    }

    /** A phase that has run; its figures are taken when {@link #phase()} is called (memory "after" is then). */
    private final class Measured {

        private final String name;
        private final LoadPhase.Run run;
        private final ProcessSnapshot before;
        private final Optional<Counter> hits;
        private final Optional<Counter> misses;
        private final double hitsBefore;
        private final double missesBefore;

        private Measured(String name, LoadPhase.Run run, ProcessSnapshot before, Optional<Counter> hits, Optional<Counter> misses,
                         double hitsBefore, double missesBefore) {
            this.name = name;
            this.run = run;
            this.before = before;
            this.hits = hits;
            this.misses = misses;
            this.hitsBefore = hitsBefore;
            this.missesBefore = missesBefore;
        }

        LoadPhase.Run run() {
            return run;
        }

        ServeReport.Phase phase() {
            List<ProcessUse> processes = before.until(ProcessSnapshot.take(stack.processes()));
            QuestionTracker.Figures figures = run.tracker().figures();
            return new ServeReport.Phase(name, figures.sent(), figures.errors(), run.sendLagMaxMs(), figures.ack(),
                    figures.placeholder(), figures.reply(), figures.answered(),
                    run.tracker().answerP95ByWindow(run.startNanos(), Duration.ofSeconds(10)), figures.outcomes(),
                    run.tracker().rateLimitedCalls(), hits.map(c -> Math.round(c.count() - hitsBefore)).orElse(null),
                    misses.map(c -> Math.round(c.count() - missesBefore)).orElse(null), processes);
        }
    }

    private Measured measure(String name, List<String> channels, Options options, LongConsumer atStart)
            throws InterruptedException {
        return measure(name, channels, options, atStart, List.of());
    }

    /** @param earlier trackers of earlier phases that go on hearing Slack's calls during this one */
    private Measured measure(String name, List<String> channels, Options options, LongConsumer atStart,
                             List<QuestionTracker> earlier) throws InterruptedException {
        Duration sending = Duration.ofSeconds(options.seconds());
        if (options.scenario() == Scenario.ES_KILL) {
            sending = sending.plus(options.killAfter());
        }
        progress.printf("%s: %s questions/s for %d s over %d channels, then up to %d s for the last replies...%n",
                name, ServeTable.number(options.rate()), sending.toSeconds(), channels.size(), options.patience().toSeconds());
        ProcessSnapshot before = ProcessSnapshot.take(stack.processes());
        Optional<Counter> hits = stack.cacheCounter("hit");
        Optional<Counter> misses = stack.cacheCounter("miss");
        double hitsBefore = hits.map(Counter::count).orElse(0.0);
        double missesBefore = misses.map(Counter::count).orElse(0.0);
        LoadPhase.Run run = load.run(name, channels, options.rate(), sending, options.patience(), atStart, earlier);
        return new Measured(name, run, before, hits, misses, hitsBefore, missesBefore);
    }
}
