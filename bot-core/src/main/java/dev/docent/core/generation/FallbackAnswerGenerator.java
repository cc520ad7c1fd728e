package dev.docent.core.generation;

import dev.docent.core.retrieval.RankedPassage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries the primary generator (a model) and, when it fails - a timeout, a rate limit, a server
 * error, an empty or unreadable reply - answers with the fallback (extractive) one, so the asker
 * still gets an answer from the docs. Failures are counted by kind; nothing of the question is logged.
 */
public final class FallbackAnswerGenerator implements AnswerGenerator {

    private static final Logger log = LoggerFactory.getLogger(FallbackAnswerGenerator.class);

    private final AnswerGenerator primary;
    private final AnswerGenerator fallback;
    private final MeterRegistry metrics;

    public FallbackAnswerGenerator(AnswerGenerator primary, AnswerGenerator fallback, MeterRegistry metrics) {
        this.primary = primary;
        this.fallback = fallback;
        this.metrics = metrics;
    }

    @Override
    public Draft draft(String question, List<RankedPassage> relevantPassages) {
        try {
            return primary.draft(question, relevantPassages);
        } catch (RuntimeException e) {
            String kind = kindOf(e);
            metrics.counter("docent.model.failures", "kind", kind).increment();
            log.atWarn().addKeyValue("kind", kind).addKeyValue("error", e.getClass().getSimpleName())
                    .log("The model did not answer; answering from the docs without it");
            log.debug("Model failure", e);
            return fallback.draft(question, relevantPassages).asStandIn();
        }
    }

    static String kindOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            switch (t) {
                case TimeoutException timeout -> {
                    return "timeout";
                }
                case java.net.http.HttpTimeoutException timeout -> {
                    return "timeout";
                }
                case java.net.SocketTimeoutException timeout -> {
                    return "timeout";
                }
                case RateLimitException rateLimit -> {
                    return "rate_limited";
                }
                case InternalServerException server -> {
                    return "server_error";
                }
                case ModelAnswerException empty -> {
                    return "empty_reply";
                }
                case HttpException http -> {
                    return http.statusCode() >= 500 ? "server_error" : "http_" + http.statusCode();
                }
                default -> {
                }
            }
        }
        return "other";
    }
}
