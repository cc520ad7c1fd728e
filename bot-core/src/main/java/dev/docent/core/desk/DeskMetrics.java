package dev.docent.core.desk;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * The desk's counters, one set of names for every platform (the {@code platform} tag tells them
 * apart): answers by action, votes, escalations by outcome, failures by stage, reindexes.
 */
final class DeskMetrics {

    private final MeterRegistry registry;

    DeskMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void answered(String platform, String action, boolean grounded) {
        registry.counter("docent.answers", "platform", platform, "action", action, "grounded", Boolean.toString(grounded))
                .increment();
    }

    void voted(String platform, String vote, boolean first) {
        registry.counter("docent.feedback", "platform", platform, "vote", vote, "first", Boolean.toString(first)).increment();
    }

    void escalated(String platform, boolean byPolicy, Handover handover) {
        registry.counter("docent.escalations", "platform", platform, "by", byPolicy ? "policy" : "user",
                "outcome", lower(handover.name())).increment();
    }

    void pageSuppressed(String platform, String why) {
        registry.counter("docent.escalations.suppressed", "platform", platform, "why", why).increment();
    }

    void taught(String platform, String outcome) {
        registry.counter("docent.team_answers", "platform", platform, "outcome", outcome).increment();
    }

    void failed(String platform, String stage) {
        registry.counter("docent.failures", "platform", platform, "stage", stage).increment();
    }

    void reindexed(String platform, String outcome) {
        registry.counter("docent.reindexes", "platform", platform, "outcome", outcome).increment();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
