package dev.docent.lab.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code docent bench index} measured. The first eight are the figures; the rest
 * explain them.
 *
 * @param docsPerSec         documents per second of the first, full index (whole pipeline)
 * @param rawEmbedPerSec     documents per second when only their chunks are embedded, same model and calls
 * @param pipelineToRawRatio docsPerSec / rawEmbedPerSec
 * @param unchangedSpeedup   first run's time / second (unchanged) run's time
 * @param heapPeakMb         the largest heap in use after a garbage collection, over both runs
 */
public record IndexBenchResult(int docs, int chunks, double docsPerSec, double chunksPerSec, double rawEmbedPerSec,
                               double pipelineToRawRatio, double unchangedSpeedup, double heapPeakMb,
                               double firstRunSeconds, double unchangedRunSeconds, int unchangedDocs, int failedDocs,
                               int rawSampleDocs, int embeddingThreads, double maxHeapMb) {

    /** Exactly the object the issue specifies. */
    public Map<String, Object> figures() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("docs", docs);
        json.put("chunks", chunks);
        json.put("docsPerSec", round(docsPerSec, 2));
        json.put("chunksPerSec", round(chunksPerSec, 2));
        json.put("rawEmbedPerSec", round(rawEmbedPerSec, 2));
        json.put("pipelineToRawRatio", round(pipelineToRawRatio, 3));
        json.put("unchangedSpeedup", round(unchangedSpeedup, 1));
        json.put("heapPeakMb", round(heapPeakMb, 1));
        return json;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
