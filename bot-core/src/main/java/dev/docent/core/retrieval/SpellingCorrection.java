package dev.docent.core.retrieval;

import dev.docent.core.embedding.KnownWords;
import dev.docent.core.index.EnglishTerms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Chat users mistype the word their question turns on ("minimum pasword length?", "how do I exprot
 * responses"). BM25 finds nothing for a word no page uses, the embedding model reads a typo as another
 * word, and a short question has few others to find its page by, so it was refused. A word that no
 * passage holds is searched as the word the docs use one letter away from it - unless it is a common
 * English word ({@link KnownWords}: "though" is not a typo of "through", merely a word the docs do not
 * use) or another form of a word they do use ("authenticate" where they say "authenticated"), which BM25
 * finds through its stem already. The word is replaced, not joined by its correction: "scim on businss
 * business plan?" embeds as neither question. Only short questions are corrected: a long one has words
 * enough, and names its own code and products, which no page holds.
 */
final class SpellingCorrection {

    /**
     * One letter changed in a word of five or more letters; two letters away ("weather" for
     * "whether", 0.71) is as often another word as a typo.
     */
    static final double MIN_SIMILARITY = 0.8;
    /** A word in one or two passages is as likely a typo in the docs, or a rare name, as the word meant. */
    static final int MIN_PAGES = 3;

    private final PassageSearch search;

    SpellingCorrection(PassageSearch search) {
        this.search = search;
    }

    /** The words of a short question that no passage holds, with the docs' words near them; none at once for a longer one. */
    CompletableFuture<List<Misspelling>> misspellings(SearchQuery query, Set<String> knowledgeBases) {
        return query.isShort() ? search.misspellings(query.text(), knowledgeBases) : CompletableFuture.completedFuture(List.of());
    }

    /** The query with its misspelt words spelt as the docs spell them, or the same query when none is. */
    static SearchQuery corrected(SearchQuery query, List<Misspelling> misspellings) {
        String text = query.text();
        // By word, from the last, so that a correction leaves the earlier offsets as they are.
        TreeMap<Integer, List<Misspelling>> byWord = new TreeMap<>(Comparator.reverseOrder());
        for (Misspelling m : misspellings) {
            if (m.offset() >= 0 && m.length() > 0 && m.offset() + m.length() <= text.length()) {
                byWord.computeIfAbsent(m.offset(), offset -> new ArrayList<>()).add(m);
            }
        }
        StringBuilder corrected = new StringBuilder(text);
        boolean changed = false;
        for (List<Misspelling> options : byWord.values()) {
            Optional<Misspelling> correction = correction(options);
            if (correction.isPresent()) {
                Misspelling m = correction.get();
                corrected.replace(m.offset(), m.offset() + m.length(), m.correction());
                changed = true;
            }
        }
        return changed ? SearchQuery.of(corrected.toString()) : query;
    }

    /** The closest of a word's options, if the word is a typo and that option near enough and used enough. */
    private static Optional<Misspelling> correction(List<Misspelling> options) {
        String word = options.getFirst().word();
        Set<String> stem = EnglishTerms.of(word);
        if (KnownWords.contains(word) || options.stream().anyMatch(m -> EnglishTerms.of(m.correction()).equals(stem))) {
            return Optional.empty();
        }
        return options.stream().filter(m -> m.similarity() >= MIN_SIMILARITY && m.pages() >= MIN_PAGES).findFirst();
    }
}
