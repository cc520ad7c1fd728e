package dev.docent.lab.intents.training;

import dev.docent.core.intent.Encoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up labelled rows with embeddings: each intent is a direction in a small space, each message
 * that direction plus noise, and its text carries an intent-specific word. Enough to check what
 * training promises without loading the encoder.
 */
final class SyntheticIntents {

    static final Encoder ENCODER = new Encoder("synthetic", "", 16);
    static final List<String> INTENTS = List.of("billing", "outage", "how_to");
    private static final List<String> WORDS = List.of("invoice", "down", "configure");

    private SyntheticIntents() {
    }

    static EmbeddedSplit split(int perIntent, long seed, double noise) {
        return split(INTENTS, perIntent, seed, noise);
    }

    /** Rows of the given intents; an intent past the first three becomes out of scope. */
    static EmbeddedSplit split(List<String> intents, int perIntent, long seed, double noise) {
        Random random = new Random(seed);
        List<LabelledText> rows = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int k = 0; k < intents.size(); k++) {
            for (int i = 0; i < perIntent; i++) {
                float[] v = new float[ENCODER.dimensions()];
                v[k] = 1;
                for (int d = 0; d < v.length; d++) {
                    v[d] += (float) (noise * random.nextGaussian());
                }
                normalise(v);
                String word = k < WORDS.size() ? WORDS.get(k) : "weather";
                rows.add(new LabelledText("message " + i + " about " + word, intents.get(k)));
                vectors.add(v);
            }
        }
        return new EmbeddedSplit(rows, vectors.toArray(float[][]::new));
    }

    private static void normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
    }
}
