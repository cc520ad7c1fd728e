package dev.docent.lab.bench.serve;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link ServeReport} as the table {@code docent bench serve} prints without --json. */
final class ServeTable {

    private ServeTable() {
    }

    static void print(ServeReport report, PrintStream out) {
        out.printf(Locale.ROOT, "docent bench serve --scenario %s: %s questions/s, %d channels, answer cache %s, "
                        + "%d warm-up questions first%n", report.scenario(), number(report.rate()), report.channels(),
                report.answerCache(), report.warmup());
        ServeReport.Machine machine = report.machine();
        out.printf(Locale.ROOT, "machine: %d cores, load average (1 min) %s at the start, %s at the end%n", machine.cores(),
                load(machine.loadAverageAtStart()), load(machine.loadAverageAtEnd()));
        for (ServeReport.Phase phase : report.phases()) {
            out.println();
            phase(phase, out);
        }
        if (report.rateLimited() != null) {
            out.println();
            rateLimited(report.rateLimited(), out);
        }
        if (report.esKill() != null) {
            out.println();
            esKill(report.esKill(), out);
        }
        if (report.ramp() != null) {
            out.println();
            ramp(report, out);
        }
    }

    private static void phase(ServeReport.Phase phase, PrintStream out) {
        out.printf(Locale.ROOT, "%s%n", phase.name());
        out.printf(Locale.ROOT, "  sent                   %6d   (the sender fell behind its schedule by %s ms at most)%n",
                phase.sent(), ms(phase.sendLagMaxMs()));
        out.printf(Locale.ROOT, "  errors (non-200 acks)  %6d%n", phase.errors());
        out.printf(Locale.ROOT, "  %-22s %9s %9s %9s %7s%n", "latency from send", "p50 ms", "p95 ms", "p99 ms", "count");
        row("ack", phase.ack(), out);
        row("placeholder", phase.placeholder(), out);
        row("answer", phase.answer(), out);
        row("  of which answered", phase.answeredOnly(), out);
        out.printf(Locale.ROOT, "  answer p95 per 10 s    %s%n",
                phase.answerP95By10s().stream().map(ServeTable::ms).collect(Collectors.joining(" | ")));
        out.printf(Locale.ROOT, "  outcomes               %s%n", outcomes(phase.outcomes()));
        if (phase.rateLimitedCalls() > 0) {
            out.printf(Locale.ROOT, "  Slack calls answered 429 %d%n", phase.rateLimitedCalls());
        }
        if (phase.cacheHits() != null) {
            out.printf(Locale.ROOT, "  answer cache           %d hits, %d misses%n", phase.cacheHits(), phase.cacheMisses());
        }
        out.printf(Locale.ROOT, "  %-22s %9s %9s %9s %7s%n", "process", "pid", "RSS MB", "", "cores");
        for (ProcessUse process : phase.processes()) {
            out.printf(Locale.ROOT, "  %-22s %9s %9s %9s %7s%n", process.role(), pid(process), megabytes(process), "",
                    process.cores() == null ? "-" : String.format(Locale.ROOT, "%.2f", process.cores()));
        }
    }

    /** The pid, or "before -> after" when the process was replaced during the phase (a restarted node). */
    private static String pid(ProcessUse process) {
        if (process.pidBefore() != null && process.pidBefore().equals(process.pidAfter())) {
            return process.pidBefore().toString();
        }
        return (process.pidBefore() == null ? "-" : process.pidBefore()) + "->" + (process.pidAfter() == null ? "-" : process.pidAfter());
    }

    private static String megabytes(ProcessUse process) {
        return mb(process.mbBefore()) + "->" + mb(process.mbAfter());
    }

    private static void ramp(ServeReport report, PrintStream out) {
        ServeReport.Ramp ramp = report.ramp();
        out.printf(Locale.ROOT, "%-10s %6s %6s %8s %10s %8s %8s %5s %6s %7s   %s%n", "rate", "sent", "errors", "ack p99",
                "answer p50", "p95", "answered", "busy", "failed", "nothing", "cores: docent | elasticsearch | bench");
        for (ServeReport.Phase phase : report.phases()) {
            Map<String, Integer> outcomes = phase.outcomes();
            out.printf(Locale.ROOT, "%-10s %6d %6d %8s %10s %8s %8d %5d %6d %7d   %s | %s | %s%n", phase.name(), phase.sent(),
                    phase.errors(), ms(phase.ack().p99Ms()), ms(phase.answer().p50Ms()), ms(phase.answer().p95Ms()),
                    outcomes.getOrDefault(Outcome.ANSWERED.key(), 0), outcomes.getOrDefault(Outcome.BUSY.key(), 0),
                    outcomes.getOrDefault(Outcome.FAILED.key(), 0), outcomes.getOrDefault(Outcome.NOTHING.key(), 0),
                    cores(phase, "docent", "replica"), cores(phase, "elasticsearch", "es "), cores(phase, "bench", "bench"));
        }
        out.printf(Locale.ROOT, "sustained (0 errors, ack p99 < %s ms): %s; every question answered: %s%n",
                ms(ramp.ackP99LimitMs()), perSecond(ramp.sustainedPerSecond()), perSecond(ramp.answeredInFullPerSecond()));
    }

    /** The cores used by the processes whose role is {@code exactly} or starts with {@code prefix}, together. */
    private static String cores(ServeReport.Phase phase, String exactly, String prefix) {
        double sum = phase.processes().stream().filter(p -> p.role().equals(exactly) || p.role().startsWith(prefix))
                .filter(p -> p.cores() != null).mapToDouble(ProcessUse::cores).sum();
        return String.format(Locale.ROOT, "%.2f", sum);
    }

    private static String perSecond(Double rate) {
        return rate == null ? "none of the rates" : number(rate) + "/s";
    }

    private static void rateLimited(ServeReport.RateLimited r, PrintStream out) {
        out.printf(Locale.ROOT, "other channels' answer p95: steady %s ms; %s rate-limited %s ms; steady again %s ms%n",
                ms(r.steady().answer().p95Ms()), r.limitedChannel(), ms(r.rateLimited().answer().p95Ms()),
                ms(r.steadyAgain().answer().p95Ms()));
        out.printf(Locale.ROOT, "  their outcomes: steady %s%n", outcomes(r.steady().outcomes()));
        out.printf(Locale.ROOT, "                  rate-limited %s%n", outcomes(r.rateLimited().outcomes()));
        out.printf(Locale.ROOT, "                  steady again %s%n", outcomes(r.steadyAgain().outcomes()));
        out.printf(Locale.ROOT, "  %s (429, Retry-After %d s, on every chat.postMessage and chat.update): %s; %d calls answered 429%n",
                r.limitedChannel(), r.retryAfterSeconds(), outcomes(r.limitedChannelOutcomes()), r.rateLimitedCalls());
        out.printf(Locale.ROOT, "  the same questions once the limit was lifted, at the end of steady again: %s; answer p50 %s ms, p95 %s ms%n",
                outcomes(r.limitedChannelLater().outcomes()), ms(r.limitedChannelLater().answer().p50Ms()),
                ms(r.limitedChannelLater().answer().p95Ms()));
    }

    private static void esKill(ServeReport.EsKill k, PrintStream out) {
        out.printf(Locale.ROOT, "elasticsearch node (pid %d) killed %.1f s into the run; from the kill:%n", k.killedPid(), k.killedAtS());
        out.printf(Locale.ROOT, "  /health not \"up\"        %s ms (elasticsearch: %s)%n", ms(k.healthNotUpMs()),
                k.elasticsearchSaid().isEmpty() ? "-" : String.join(", ", k.elasticsearchSaid()));
        out.printf(Locale.ROOT, "  /health \"up\" again      %s ms (new node pid %s)%n", ms(k.healthUpAgainMs()),
                k.restartedPid() == null ? "-" : k.restartedPid());
        out.printf(Locale.ROOT, "  first answer           %s ms (to a question sent after the kill)%n", ms(k.firstAnswerMs()));
        out.printf(Locale.ROOT, "  outcomes by send time  before the kill: %s%n", outcomes(k.outcomesBySendTime().get("beforeKill")));
        out.printf(Locale.ROOT, "                         kill to \"up\":    %s%n", outcomes(k.outcomesBySendTime().get("killToUp")));
        out.printf(Locale.ROOT, "                         after \"up\":      %s%n", outcomes(k.outcomesBySendTime().get("afterUp")));
    }

    private static void row(String name, Latencies latencies, PrintStream out) {
        out.printf(Locale.ROOT, "  %-22s %9s %9s %9s %7d%n", name, ms(latencies.p50Ms()), ms(latencies.p95Ms()),
                ms(latencies.p99Ms()), latencies.count());
    }

    private static String outcomes(Map<String, Integer> outcomes) {
        return java.util.Arrays.stream(Outcome.values())
                .map(o -> o.label() + " " + outcomes.getOrDefault(o.key(), 0))
                .collect(Collectors.joining(", "));
    }

    private static String ms(Double millis) {
        if (millis == null) {
            return "-";
        }
        return millis < 10 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%,.0f", millis);
    }

    private static String load(Double load) {
        return load == null ? "?" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static String mb(Double megabytes) {
        return megabytes == null ? "?" : String.format(Locale.ROOT, "%.0f", megabytes);
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
