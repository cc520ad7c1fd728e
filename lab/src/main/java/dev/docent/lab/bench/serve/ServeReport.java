package dev.docent.lab.bench.serve;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What {@code docent bench serve} prints: one set of figures per load phase (three for
 * rate-limited: steady, the same load with one channel rate-limited, steady again), and the
 * scenario's own figures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServeReport(String scenario, double rate, int seconds, int channels, int warmup, String answerCache,
                          Machine machine, List<Phase> phases, RateLimited rateLimited, EsKill esKill, Ramp ramp) {

    /**
     * What else the machine was doing: the 1-minute load average (/proc/loadavg) at the start and
     * at the end, next to the cores; a load above the cores means something else was also running.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Machine(int cores, Double loadAverageAtStart, Double loadAverageAtEnd) {
    }

    /**
     * One phase.
     *
     * @param errors       acknowledgements that were not 200 (or never came)
     * @param sendLagMaxMs the most the sender fell behind its schedule (the rate holds when this is small)
     * @param ack          send to Docent's HTTP response
     * @param placeholder  send to the "Looking through the docs" post arriving at Slack
     * @param answer       send to the chat.update that replaces the placeholder, whatever it says
     * @param answeredOnly the same, for the questions that got an answer (no busy or failure notice)
     * @param answerP95By10s the answer p95 of the questions sent in each 10 s of the phase, in order
     * @param outcomes     answered, busy, somethingWentWrong, nothing
     * @param cacheHits    answer cache hits during the phase (null when the cache is off, or counts in other processes)
     * @param processes    each process's memory and CPU over the phase: Docent's, Elasticsearch's, the benchmark's
     */
    public record Phase(String name, int sent, int errors, double sendLagMaxMs, Latencies ack, Latencies placeholder,
                        Latencies answer, Latencies answeredOnly, List<Double> answerP95By10s,
                        Map<String, Integer> outcomes, int rateLimitedCalls,
                        Long cacheHits, Long cacheMisses, List<ProcessUse> processes) {
    }

    /**
     * The ramp's verdict: the highest rate whose phase had no error and an ack p99 under the limit
     * (sustained), and of those the highest whose every question was answered (no busy, failure or
     * missing reply). Null when no rate qualified.
     */
    public record Ramp(List<Double> rates, double ackP99LimitMs, Double sustainedPerSecond, Double answeredInFullPerSecond) {
    }

    /**
     * The other channels' answers with and without one channel rate-limited, same load: steady,
     * rate-limited, steady again (the machine's drift between runs shows in the two steady ones).
     *
     * @param limitedChannelOutcomes   the limited channel's questions at the end of the rate-limited run
     * @param limitedChannelLater      the same questions at the end of the steady-again run: those still
     *                                 queued when the limit ended are answered then (latency from their send)
     */
    public record RateLimited(String limitedChannel, int retryAfterSeconds, Others steady, Others rateLimited,
                              Others steadyAgain, Map<String, Integer> limitedChannelOutcomes, int rateLimitedCalls,
                              Others limitedChannelLater) {
    }

    /** The channels that were never rate-limited, in one phase. */
    public record Others(Latencies answer, Map<String, Integer> outcomes) {
    }

    /**
     * The node killed under load; times in ms from the kill, null when it did not happen in the run.
     *
     * @param healthNotUpMs       the first /health answer that was not "up"
     * @param elasticsearchSaid   what /health said of Elasticsearch meanwhile ("recovering", "down")
     * @param healthUpAgainMs     the first "up" after that
     * @param firstAnswerMs       the first answer to a question sent after the kill
     * @param outcomesBySendTime  outcomes of the questions sent before the kill, between the kill and "up" again, and after
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EsKill(double killedAtS, long killedPid, Long restartedPid, Double healthNotUpMs,
                         List<String> elasticsearchSaid, Double healthUpAgainMs, Double firstAnswerMs,
                         Map<String, Map<String, Integer>> outcomesBySendTime) {
    }
}
