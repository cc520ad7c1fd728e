package dev.docent.app.cli;

import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexRun;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the kb commands write a run's time and outcome. */
final class StatusText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private StatusText() {
    }

    static String lastRun(KnowledgeBaseStatus status) {
        if (status.reindexing().isPresent()) {
            return "reindexing now";
        }
        return status.lastRun().map(run -> time(run.startedAt()) + " " + run.outcome().label())
                .orElse(status.indexed() ? "no run recorded" : "never indexed");
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String took(ReindexRun run) {
        return run.took().map(took -> String.format("%.1f s", took.toMillis() / 1000.0)).orElse("");
    }
}
