package dev.docent.indexer.progress;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of a run: what is done, how fast it goes, and how long the rest should take. A
 * document is done when its passages are written, or when it was found unchanged, or failed.
 */
public record IndexingProgress(String knowledgeBase, int documentsDone, int documentsTotal, int chunksDone,
                               int failed, Duration elapsed) {

    public double documentsPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : documentsDone / seconds;
    }

    public double chunksPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : chunksDone / seconds;
    }

    public Optional<Duration> estimatedRemaining() {
        double rate = documentsPerSecond();
        if (rate <= 0 || documentsDone == 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) ((documentsTotal - documentsDone) / rate * 1000)));
    }
}
