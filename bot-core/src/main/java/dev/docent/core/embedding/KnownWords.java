package dev.docent.core.embedding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that the embedding model's WordPiece vocabulary holds whole: some twenty thousand
 * common English words ("though", "weather", "password"). A word that is not one of them is rare or
 * mistyped ("pasword", "exprot") - the model's tokenizer ships with it, so no word list is needed.
 */
public final class KnownWords {

    private static final Pattern WORD = Pattern.compile("[a-z]{2,}");
    /**
     * The word's other forms, each an ending it drops and one it gets instead: the word it inflects
     * ("notifications", "deliveries", "disabled") or a form of it ("disable" as "disabled", "disabling").
     */
    private static final List<Map.Entry<String, String>> OTHER_FORMS = List.of(
            Map.entry("s", ""), Map.entry("es", ""), Map.entry("ies", "y"), Map.entry("ed", ""), Map.entry("ed", "e"),
            Map.entry("ing", ""), Map.entry("ing", "e"),
            Map.entry("", "s"), Map.entry("", "d"), Map.entry("", "ed"), Map.entry("", "ing"), Map.entry("e", "ing"));

    private KnownWords() {
    }

    /** Whether the word, lowercased, is one the vocabulary holds whole. */
    public static boolean contains(String word) {
        return Vocabulary.WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the vocabulary holds the word, the word it inflects, or a form of it: it holds
     * "notification", not "notifications"; "disabled", not "disable".
     */
    public static boolean containsOrInflects(String word) {
        return contains(word) || OTHER_FORMS.stream().anyMatch(form -> word.endsWith(form.getKey())
                && contains(word.substring(0, word.length() - form.getKey().length()) + form.getValue()));
    }

    /**
     * Read at first use - the first short question's spelling or compound check - rather than at start:
     * about 0.7 MB of JSON, which a deployment that only gets long questions never needs.
     */
    private static final class Vocabulary {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            ClassLoader loader = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(BgeSmallOnOneThread.TOKENIZER)) {
                if (in == null) {
                    throw new IllegalStateException("The bge-small tokenizer is missing from the classpath (" + BgeSmallOnOneThread.TOKENIZER + ")");
                }
                JsonNode vocabulary = new ObjectMapper().readTree(in).path("model").path("vocab");
                Set<String> words = new HashSet<>();
                for (Iterator<String> tokens = vocabulary.fieldNames(); tokens.hasNext(); ) {
                    String token = tokens.next();
                    if (WORD.matcher(token).matches()) {
                        words.add(token);
                    }
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bge-small tokenizer: " + e.getMessage(), e);
            }
        }
    }
}
