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
        ServeReport.Memory m = phase.memory();
        out.printf(Locale.ROOT, "  resident memory (MB)   docent (pid %d) %s -> %s; elasticsearch node %s%n", m.docentPid(),
                mb(m.docentMbBefore()), mb(m.docentMbAfter()), node(m));
    }

    private static String node(ServeReport.Memory m) {
        if (m.nodePidBefore() == null && m.nodePidAfter() == null) {
            return "not a child of this process (ES_URL)";
        }
        if (m.nodePidBefore() != null && m.nodePidBefore().equals(m.nodePidAfter())) {
            return "(pid %d) %s -> %s".formatted(m.nodePidBefore(), mb(m.nodeMbBefore()), mb(m.nodeMbAfter()));
        }
        return "(pid %s) %s -> (pid %s) %s".formatted(m.nodePidBefore(), mb(m.nodeMbBefore()), m.nodePidAfter(),
                mb(m.nodeMbAfter()));
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
