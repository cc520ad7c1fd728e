package dev.docent.core.reindex;

import java.time.Duration;
import java.util.Optional;

/**
 * A reindex in flight, as a chat message shows it: documents and chunks done, the rate, and the
 * time the rest should take (empty until there is a rate to go by).
 */
public record ReindexProgress(String knowledgeBase, int documentsDone, int documentsTotal, int chunksDone, int failed,
                              Duration elapsed, Optional<Duration> remaining) {

    public double documentsPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : documentsDone / seconds;
    }

    public double fractionDone() {
        return documentsTotal == 0 ? 1 : (double) documentsDone / documentsTotal;
    }
}
