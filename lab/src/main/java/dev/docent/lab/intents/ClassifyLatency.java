package dev.docent.lab.intents;

import dev.docent.core.intent.IntentModel;
import dev.docent.lab.intents.training.EmbeddedSplit;
import java.util.Arrays;

/**
 * The cost of classifying a question once its embedding exists (retrieval made it): the 95th
 * percentile of {@link IntentModel#score} over a split, after one warm-up pass.
 */
final class ClassifyLatency {

    private ClassifyLatency() {
    }

    static double p95Micros(IntentModel model, EmbeddedSplit split) {
        for (int i = 0; i < split.size(); i++) {
            model.score(split.rows().get(i).text(), split.embeddings()[i]);
        }
        long[] nanos = new long[split.size()];
        for (int i = 0; i < split.size(); i++) {
            long start = System.nanoTime();
            model.score(split.rows().get(i).text(), split.embeddings()[i]);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[Math.min(nanos.length - 1, (int) Math.ceil(0.95 * nanos.length) - 1)] / 1000.0;
    }
}
