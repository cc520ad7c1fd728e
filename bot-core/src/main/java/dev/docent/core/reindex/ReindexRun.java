package dev.docent.core.reindex;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A knowledge base's run as the indexer recorded it, whatever became of it: how it was started, how
 * it ended, and what it changed. The counts are zero until it finished, and stay zero if it failed:
 * a failed run changed nothing served, and its reason says why.
 *
 * @param mode     the mode asked for while it runs, the mode that ran once it finished
 * @param failed   how many documents failed
 * @param failures the first of them, with their reasons
 */
public record ReindexRun(ReindexMode mode, String source, Instant startedAt, Optional<Instant> finishedAt,
                         Outcome outcome, Optional<String> reason, int added, int changed, int removed, int unchanged,
                         int failed, int chunksWritten, List<ReindexSummary.Failure> failures) {

    public ReindexRun {
        failures = List.copyOf(failures);
    }

    public enum Outcome {
        /** Going on now. */
        RUNNING,
        SUCCEEDED,
        /** Finished, with some documents failed. */
        PARTIAL,
        /** Stopped by an error; what the knowledge base served was left as it was. */
        FAILED,
        /** Recorded as running, but nobody holds the lock any more: its process died. */
        INTERRUPTED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean finished() {
        return finishedAt.isPresent();
    }

    public Optional<Duration> took() {
        return finishedAt.map(end -> Duration.between(startedAt, end));
    }
}
