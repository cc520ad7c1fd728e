package dev.docent.app.cli;

import dev.docent.indexer.history.IndexingRun;
import dev.docent.indexer.history.KnowledgeBaseStatus;
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
        return status.lastRun().map(run -> time(run.startedAt()) + " " + status.lastOutcome().orElse(""))
                .orElse(status.indexed() ? "no run recorded" : "never indexed");
    }

    static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    static String took(IndexingRun run) {
        return run.finishedAt() == null ? "" : String.format("%.1f s", (run.finishedAt() - run.startedAt()) / 1000.0);
    }
}
