package dev.docent.core.reindex;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of a reindex in flight, as the console's progress bar and a chat message show it:
 * documents and chunks done, the rates, and the time the rest should take (empty until there is a
 * rate to go by). A document is done when its passages are written, or when it was found
 * unchanged, empty, or failed.
 */
public record ReindexProgress(String knowledgeBase, int documentsDone, int documentsTotal, int chunksDone, int failed,
                              Duration elapsed, Optional<Duration> remaining) {

    /** A snapshot whose remaining time is estimated from the documents' rate so far. */
    public static ReindexProgress of(String knowledgeBase, int documentsDone, int documentsTotal, int chunksDone,
                                     int failed, Duration elapsed) {
        double rate = perSecond(documentsDone, elapsed);
        Optional<Duration> remaining = rate <= 0 || documentsDone == 0 ? Optional.empty()
                : Optional.of(Duration.ofMillis((long) ((documentsTotal - documentsDone) / rate * 1000)));
        return new ReindexProgress(knowledgeBase, documentsDone, documentsTotal, chunksDone, failed, elapsed, remaining);
    }

    public double documentsPerSecond() {
        return perSecond(documentsDone, elapsed);
    }

    public double chunksPerSecond() {
        return perSecond(chunksDone, elapsed);
    }

    public double fractionDone() {
        return documentsTotal == 0 ? 1 : (double) documentsDone / documentsTotal;
    }

    private static double perSecond(int count, Duration elapsed) {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : count / seconds;
    }
}
