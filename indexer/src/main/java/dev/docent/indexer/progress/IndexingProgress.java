package dev.docent.indexer.progress;

import java.time.Duration;
import java.util.Optional;

/** A snapshot of a run: what is done, how fast it goes, and how long the rest should take. */
public record IndexingProgress(String knowledgeBase, int documentsDone, int documentsTotal, int chunksDone,
                               int failed, Duration elapsed) {

    public double documentsPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : documentsDone / seconds;
    }

    public Optional<Duration> estimatedRemaining() {
        double rate = documentsPerSecond();
        if (rate <= 0 || documentsDone == 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) ((documentsTotal - documentsDone) / rate * 1000)));
    }
}
