package dev.docent.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Lucene's English analysis (possessives, lower case, stop words, Porter stems), except that the
 * phrases users and docs write for one task read as one term: users "turn on" or "enable" what the
 * docs "switch on", "set up" what the docs "configure", and "sign in" where the docs say "login".
 * Without it, "How do I set up single sign-on for my team?" covered fewer of its words on the page
 * that says how to configure it (the answer's confidence: 0.55, now 0.65). Only these phrasings of
 * a task, not a thesaurus: words that merely share a meaning in some contexts ("remove" and
 * "delete" a member are different things, and enabling is not configuring) stay apart.
 */
final class ContentWordAnalyzer extends Analyzer {

    /** Stems as Porter writes them, each phrase mapped to the stem of the word the docs most often use. */
    private static final Map<String, String> SAME_TASK = Map.of(
            "turn on", "enabl",
            "switch on", "enabl",
            "turn off", "disabl",
            "switch off", "disabl",
            "set up", "configur",
            "sign in", "login",
            "sign on", "login",
            "signin", "login",
            "logon", "login");
    /** Kept past the stop filter until the phrases are read: "turn on" needs its "on". */
    private static final Set<String> PHRASE_PARTICLES = Set.of("on", "in");

    private static final CharArraySet STOP_WORDS_BUT_PARTICLES = stopWordsBut(PHRASE_PARTICLES);
    private static final CharArraySet PARTICLES = new CharArraySet(PHRASE_PARTICLES, false);
    private static final SynonymMap PHRASES = phrases();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream terms = new EnglishPossessiveFilter(source);
        terms = new LowerCaseFilter(terms);
        terms = new StopFilter(terms, STOP_WORDS_BUT_PARTICLES);
        terms = new SetKeywordMarkerFilter(terms, PARTICLES);
        terms = new PorterStemFilter(terms);
        terms = new SynonymGraphFilter(terms, PHRASES, false);
        terms = new ParticleFilter(terms);
        return new TokenStreamComponents(source, terms);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** Drops the particles left over once the phrases are read, but not a word Porter stems like one ("one" as "on"). */
    private static final class ParticleFilter extends FilteringTokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        ParticleFilter(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            return !(keyword.isKeyword() && PARTICLES.contains(term.buffer(), 0, term.length()));
        }
    }

    private static CharArraySet stopWordsBut(Set<String> kept) {
        CharArraySet stopWords = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.size(), false);
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            String stopWord = new String((char[]) word);
            if (!kept.contains(stopWord)) {
                stopWords.add(stopWord);
            }
        }
        return CharArraySet.unmodifiableSet(stopWords);
    }

    private static SynonymMap phrases() {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        SAME_TASK.forEach((phrase, term) -> builder.add(
                SynonymMap.Builder.join(phrase.split(" "), new CharsRefBuilder()), new CharsRef(term), false));
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Building a synonym map in memory cannot fail", e);
        }
    }
}
