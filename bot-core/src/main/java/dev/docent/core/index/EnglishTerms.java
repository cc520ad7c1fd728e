package dev.docent.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The content words of a text as the index sees them: Lucene's English analyzer (the same one
 * the {@code english} analyzer of the index uses) drops stop words and stems the rest, so
 * "Resetting passwords" and "reset password" share their terms.
 */
public final class EnglishTerms {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();

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

    /** The share of {@code wanted} terms that {@code present} contains, 0 when nothing is wanted. */
    public static double coverage(Set<String> wanted, Set<String> present) {
        if (wanted.isEmpty()) {
            return 0;
        }
        long found = wanted.stream().filter(present::contains).count();
        return (double) found / wanted.size();
    }
}
