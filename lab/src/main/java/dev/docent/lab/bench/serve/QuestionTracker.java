package dev.docent.lab.bench.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Follows each question through the calls Docent makes to Slack: the {@code chat.postMessage}
 * in the question's thread that carries the placeholder, then the {@code chat.update} of that
 * placeholder that replaces it. Calls it cannot place (another run's, rate-limited tries) are only
 * counted.
 */
final class QuestionTracker {

    private final List<AskedQuestion> questions = new CopyOnWriteArrayList<>();
    private final Map<String, AskedQuestion> byThread = new ConcurrentHashMap<>();
    private final Map<String, AskedQuestion> byPlaceholder = new ConcurrentHashMap<>();
    private final AtomicInteger rateLimitedCalls = new AtomicInteger();
    private final AtomicInteger strayCalls = new AtomicInteger();

    /** Registers a question before it is sent, so that no call about it can arrive first. */
    void asking(AskedQuestion question) {
        byThread.put(key(question.channel(), question.ts()), question);
        questions.add(question);
    }

    /** Hears one call the fake Slack received. */
    void heard(SlackCall call) {
        if (call.rateLimited()) {
            rateLimitedCalls.incrementAndGet();
            return;
        }
        switch (call.method()) {
            case "chat.postMessage" -> {
                AskedQuestion question = byThread.get(key(call.channel(), call.threadTs()));
                if (question != null && Outcome.isPlaceholder(call.text()) && question.placeholderPosted(call.ts(), call.atNanos())) {
                    byPlaceholder.put(key(call.channel(), call.ts()), question);
                } else if (question == null) {
                    strayCalls.incrementAndGet();
                }
            }
            case "chat.update" -> {
                AskedQuestion question = byPlaceholder.get(key(call.channel(), call.ts()));
                if (question == null) {
                    strayCalls.incrementAndGet();
                } else if (!Outcome.isPlaceholder(call.text())) {
                    question.replaced(Outcome.ofReplacement(call.text()), call.atNanos());
                }
            }
            default -> { }
        }
    }

    List<AskedQuestion> questions() {
        return List.copyOf(questions);
    }

    boolean allSettled() {
        return questions.stream().allMatch(AskedQuestion::settled);
    }

    int rateLimitedCalls() {
        return rateLimitedCalls.get();
    }

    int strayCalls() {
        return strayCalls.get();
    }

    /** The figures of the questions whose channel {@code in} accepts. */
    Figures figures(Predicate<String> in) {
        List<AskedQuestion> chosen = questions.stream().filter(q -> in.test(q.channel())).toList();
        return new Figures(chosen.size(),
                (int) chosen.stream().filter(q -> q.ackFailed() || !q.acknowledged()).count(),
                Latencies.ofMillis(chosen.stream().flatMap(q -> q.ackMs().stream()).toList()),
                Latencies.ofMillis(chosen.stream().flatMap(q -> q.placeholderMs().stream()).toList()),
                Latencies.ofMillis(chosen.stream().flatMap(q -> q.replacedMs().stream()).toList()),
                Latencies.ofMillis(chosen.stream().filter(q -> q.outcome() == Outcome.ANSWERED)
                        .flatMap(q -> q.replacedMs().stream()).toList()),
                outcomes(chosen));
    }

    /**
     * The answer p95 (placeholder replaced, whatever it says) of the questions sent in each
     * {@code window} from {@code startNanos} on, in order; null for a window without replies.
     * Tells a slow start (a cold JVM) or one stall from a load that is slow throughout.
     */
    List<Double> answerP95ByWindow(long startNanos, Duration window) {
        Map<Long, List<Double>> byWindow = new TreeMap<>();
        for (AskedQuestion question : questions) {
            long index = Math.max(0, (question.sentNanos() - startNanos) / window.toNanos());
            List<Double> replies = byWindow.computeIfAbsent(index, i -> new ArrayList<>());
            question.replacedMs().ifPresent(replies::add);
        }
        long windows = byWindow.keySet().stream().mapToLong(Long::longValue).max().orElse(-1) + 1;
        List<Double> p95s = new ArrayList<>();
        for (long i = 0; i < windows; i++) {
            p95s.add(Latencies.ofMillis(byWindow.getOrDefault(i, List.of())).p95Ms());
        }
        return p95s;
    }

    /** How many of {@code questions} ended each way, every outcome listed (zeros too), keyed for output. */
    static Map<String, Integer> outcomes(List<AskedQuestion> questions) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        questions.forEach(q -> counts.merge(q.outcome(), 1, Integer::sum));
        Map<String, Integer> keyed = new LinkedHashMap<>();
        counts.forEach((outcome, n) -> keyed.put(outcome.key(), n));
        return keyed;
    }

    Figures figures() {
        return figures(channel -> true);
    }

    /**
     * @param errors   acknowledgements that were not 200, or never came
     * @param reply    send to the placeholder's replacement, whatever it says
     * @param answered the same, for the questions that were answered
     */
    record Figures(int sent, int errors, Latencies ack, Latencies placeholder, Latencies reply, Latencies answered,
                   Map<String, Integer> outcomes) {
    }

    private static String key(String channel, String ts) {
        return channel + "/" + ts;
    }
}
