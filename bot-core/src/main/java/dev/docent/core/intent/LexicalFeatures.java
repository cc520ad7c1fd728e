package dev.docent.core.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a message as TF-IDF features: word unigrams and bigrams, and character 2- to
 * 5-grams inside words (which survive typos and inflections: "refunded" shares most of its
 * n-grams with "refund"). Each of the two blocks is scaled to unit length, so neither drowns
 * the other. Embeddings capture what a message means; these catch the exact words that tell
 * close intents apart ("top up" vs "transfer"), and the two are mixed by {@link IntentModel}.
 */
public final class LexicalFeatures {

    private static final String WORD = "w:";
    private static final String CHARS = "c:";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]{2,}");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final int MIN_CHARS = 2;
    private static final int MAX_CHARS = 5;

    private final Map<String, Integer> index;
    private final List<String> vocabulary;
    private final float[] idf;

    public LexicalFeatures(List<String> vocabulary, float[] idf) {
        if (vocabulary.size() != idf.length) {
            throw new IllegalArgumentException("one idf per term: " + vocabulary.size() + " terms, " + idf.length + " idf");
        }
        this.vocabulary = List.copyOf(vocabulary);
        this.idf = idf.clone();
        this.index = new HashMap<>(vocabulary.size() * 2);
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
    }

    public List<String> vocabulary() {
        return vocabulary;
    }

    public float[] idf() {
        return idf.clone();
    }

    public int size() {
        return vocabulary.size();
    }

    /** The message's features, each block of unit length; terms outside the vocabulary are dropped. */
    public SparseVector vector(String text) {
        Map<Integer, Float> words = new TreeMap<>();
        Map<Integer, Float> chars = new TreeMap<>();
        for (Map.Entry<String, Integer> term : termCounts(text).entrySet()) {
            Integer i = index.get(term.getKey());
            if (i != null) {
                float weight = (float) (1 + Math.log(term.getValue())) * idf[i];
                (isWordTerm(term.getKey()) ? words : chars).put(i, weight);
            }
        }
        normalise(words);
        normalise(chars);
        TreeMap<Integer, Float> all = new TreeMap<>(words);
        all.putAll(chars);
        int[] indices = new int[all.size()];
        float[] values = new float[all.size()];
        int n = 0;
        for (Map.Entry<Integer, Float> e : all.entrySet()) {
            indices[n] = e.getKey();
            values[n++] = e.getValue();
        }
        return new SparseVector(indices, values);
    }

    /** Every term of a message with its count, in a stable order; vocabularies are built from these. */
    public static Map<String, Integer> termCounts(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new TreeMap<>();
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(lower);
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            counts.merge(WORD + tokens.get(i), 1, Integer::sum);
            if (i + 1 < tokens.size()) {
                counts.merge(WORD + tokens.get(i) + " " + tokens.get(i + 1), 1, Integer::sum);
            }
        }
        for (String word : SPACE.split(lower.strip())) {
            if (word.isEmpty()) {
                continue;
            }
            // Code points, not chars: an emoji must not be cut into half a surrogate pair.
            int[] padded = (" " + word + " ").codePoints().toArray();
            for (int n = MIN_CHARS; n <= MAX_CHARS; n++) {
                for (int start = 0; start + n <= padded.length; start++) {
                    counts.merge(CHARS + new String(padded, start, n), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    public static boolean isWordTerm(String term) {
        return term.startsWith(WORD);
    }

    private static void normalise(Map<Integer, Float> block) {
        double norm = Math.sqrt(block.values().stream().mapToDouble(v -> v * v).sum());
        if (norm > 0) {
            block.replaceAll((i, v) -> (float) (v / norm));
        }
    }
}
