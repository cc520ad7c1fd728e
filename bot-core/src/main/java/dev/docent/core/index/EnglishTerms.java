package dev.docent.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The content words of a text as the index sees them: Lucene's English analysis (as the
 * {@code english} analyzer of the index does) drops stop words and stems the rest, so
 * "Resetting passwords" and "reset password" share their terms; and a task's phrasings read as one
 * term ({@link ContentWordAnalyzer}), so "turn on" and "enable" do.
 */
public final class EnglishTerms {

    private static final Analyzer ANALYZER = new ContentWordAnalyzer();
    /** A dot between letters: the analyzer keeps "request.args" as one term. */
    private static final Pattern DOTTED = Pattern.compile("(\\p{L})\\.(\\p{L})");
    /** Question words and pronouns, as the English analyzer stems them (it keeps them: they are not stop words there). */
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "when", "where", "why", "who", "which", "do",
            "doe", "did", "can", "could", "would", "should", "i", "me", "my", "we", "our", "us", "you", "your", "anyon",
            "someon", "pleas", "thank", "hi", "hello", "possibl", "wai");

    private EnglishTerms() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string cannot fail", e);
        }
        return terms;
    }

    /** The terms that say what a question is about: its terms without question words and pronouns. */
    public static Set<String> asked(String question) {
        Set<String> terms = of(question);
        terms.removeAll(QUESTION_WORDS);
        return terms;
    }

    /**
     * The terms of a dotted term's parts ({@code flask.request} gives {@code flask} and
     * {@code request}); empty for a term without a dot between letters.
     */
    public static Set<String> partsOf(String term) {
        return DOTTED.matcher(term).find() ? of(DOTTED.matcher(term).replaceAll("$1 $2")) : Set.of();
    }

    /** The share of {@code wanted} terms that {@code present} contains, 0 when nothing is wanted. */
    public static double coverage(Set<String> wanted, Set<String> present) {
        if (wanted.isEmpty()) {
            return 0;
        }
        long found = wanted.stream().filter(present::contains).count();
        return (double) found / wanted.size();
    }
}
