package dev.docent.core.retrieval;

import dev.docent.core.embedding.KnownWords;
import dev.docent.core.index.EnglishTerms;
import dev.docent.core.index.InlineCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People write a compound apart or together as they please ("auto increment", "timezone"); a manual
 * writes it one way ("autoincrementing", "time zone"). BM25 finds nothing for the other way, and the
 * few other words of a short question did not find the page: PostgreSQL's manual refused "How do I
 * make a column auto increment?" (confidence 0.30) and answered "... autoincrement?" (0.84) from its
 * page on serial types. So two words of a short question are searched as one word, and a word as
 * two common English words side by side, where the docs write it that way in at least three passages
 * and ten times as many as write it as asked (counted by stem, as BM25 reads the text: "autoincrement"
 * is how "autoincrementing" is found). Words in code, names with capitals
 * inside and words joined by a dash or a dot are names, not compounds: they are searched as written.
 */
final class CompoundWords {

    /** A compound found the other way, and the way the docs write it. */
    record Alternative(String asked, String written) {
    }

    /** A word of letters only, not part of a name ({@code auto_increment}, {@code autoIncrement}, {@code log.level}). */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_.`'@#$/-])\\p{L}+(?![\\p{N}_`'@$/-]|\\.\\p{L})");
    private static final Pattern CAPITAL_INSIDE = Pattern.compile(".\\p{Lu}");
    /** "set up" joins into "setup"; a compound has letters enough not to be a chance pair ("a" "t"). */
    private static final int MIN_COMPOUND_LETTERS = 6;
    /** "set up", "sign up": the particle of a phrasal verb is a part of two letters. */
    private static final int MIN_JOINED_PART_LETTERS = 2;
    /** The parts a word is split into are words of their own, not a prefix and a stub ("use" "rname"). */
    private static final int MIN_SPLIT_PART_LETTERS = 3;
    /** Each alternative costs two counts in one request; a short question has at most a couple of real ones. */
    private static final int MAX_ALTERNATIVES = 16;
    /** How much more often the docs must write a compound the other way for it to be searched so. */
    private static final int OTHER_WAY_RATIO = 10;

    private final PassageSearch search;

    CompoundWords(PassageSearch search) {
        this.search = search;
    }

    /** The compounds of a short question that the docs write the other way; none at once for a longer one. */
    CompletableFuture<List<Alternative>> writtenTheOtherWay(SearchQuery query, Set<String> knowledgeBases) {
        List<Alternative> candidates = query.isShort() ? candidates(query.text()) : List.of();
        if (candidates.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        Set<String> forms = new LinkedHashSet<>();
        candidates.forEach(c -> {
            forms.add(c.asked());
            forms.add(c.written());
        });
        return search.passageCounts(forms, knowledgeBases).thenApply(counts -> writtenTheOtherWay(candidates, counts));
    }

    /** Each pair of words that could be one, and each word that could be two; lowercased. */
    static List<Alternative> candidates(String text) {
        List<Alternative> candidates = new ArrayList<>();
        Matcher word = WORD.matcher(InlineCode.SPAN.matcher(text).replaceAll(code -> " ".repeat(code.group().length())));
        String previous = null;
        int previousEnd = -1;
        while (word.find() && candidates.size() < MAX_ALTERNATIVES) {
            String current = CAPITAL_INSIDE.matcher(word.group()).find() ? null : word.group().toLowerCase(Locale.ROOT);
            if (current != null && previous != null && word.start() == previousEnd + 1 && text.charAt(previousEnd) == ' '
                    && isPart(previous, MIN_JOINED_PART_LETTERS) && isPart(current, MIN_JOINED_PART_LETTERS)
                    && previous.length() + current.length() >= MIN_COMPOUND_LETTERS) {
                candidates.add(new Alternative(previous + " " + current, previous + current));
            }
            if (current != null) {
                split(current).ifPresent(candidates::add);
            }
            previous = current;
            previousEnd = word.end();
        }
        return List.copyOf(candidates.subList(0, Math.min(candidates.size(), MAX_ALTERNATIVES)));
    }

    /** The first split of a word into two common English words: "timezone" as "time zone". */
    private static Optional<Alternative> split(String word) {
        for (int at = MIN_SPLIT_PART_LETTERS; word.length() >= MIN_COMPOUND_LETTERS && at <= word.length() - MIN_SPLIT_PART_LETTERS; at++) {
            String left = word.substring(0, at);
            String right = word.substring(at);
            if (KnownWords.contains(left) && KnownWords.contains(right) && isPart(left, MIN_SPLIT_PART_LETTERS)
                    && isPart(right, MIN_SPLIT_PART_LETTERS)) {
                return Optional.of(new Alternative(word, left + " " + right));
            }
        }
        return Optional.empty();
    }

    /** A word that says something: not a stop word or a question word ("in", "how", "do"), which BM25 does not match. */
    private static boolean isPart(String word, int minLetters) {
        return word.length() >= minLetters && !EnglishTerms.asked(word).isEmpty();
    }

    /** The query with each compound written as the docs write it, or the same query when none is. */
    static SearchQuery rewritten(SearchQuery query, List<Alternative> alternatives) {
        String text = query.text();
        for (Alternative alternative : alternatives) {
            String asked = Pattern.quote(alternative.asked()).replace(" ", "\\E +\\Q");
            text = Pattern.compile("(?<![\\p{L}\\p{N}_])" + asked + "(?![\\p{L}\\p{N}_])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text).replaceAll(Matcher.quoteReplacement(alternative.written()));
        }
        return text.equals(query.text()) ? query : SearchQuery.of(text);
    }

    /**
     * The candidates the docs write the other way: in at least three passages, and in ten times as many
     * as write it as asked - by stem, "data base" is also "data based" (2 passages of PostgreSQL's
     * manual, against 729 that say "database").
     */
    static List<Alternative> writtenTheOtherWay(List<Alternative> candidates, Map<String, Long> passageCounts) {
        return candidates.stream()
                .filter(c -> {
                    long written = passageCounts.getOrDefault(c.written(), 0L);
                    return written >= SpellingCorrection.MIN_PAGES && written > OTHER_WAY_RATIO * passageCounts.getOrDefault(c.asked(), 0L);
                })
                .toList();
    }
}
