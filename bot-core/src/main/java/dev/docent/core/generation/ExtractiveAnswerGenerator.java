package dev.docent.core.generation;

import dev.docent.core.retrieval.RankedPassage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The answer generator that needs no language model: it quotes the sentences, list items and
 * table rows of the best passages that match the question most, each followed by the [n] of its
 * passage. It cannot say anything the documentation does not say, it is deterministic, and it
 * takes well under a millisecond.
 */
public final class ExtractiveAnswerGenerator implements AnswerGenerator {

    /** How much the answer may quote. */
    public record Limits(int passages, int units, int chars) {

        public static Limits defaults() {
            return new Limits(3, 5, 900);
        }
    }

    private static final double[] RANK_PRIOR = {0.3, 0.15, 0.05};
    private static final double SECTION_WEIGHT = 0.3;
    private static final double KEEP_RELATIVE_TO_BEST = 0.6;
    private static final int MAX_LIST_ITEMS = 10;

    private final Limits limits;

    public ExtractiveAnswerGenerator(Limits limits) {
        this.limits = limits;
    }

    @Override
    public GeneratedAnswer generate(String question, List<RankedPassage> relevantPassages) {
        if (relevantPassages.isEmpty()) {
            throw new IllegalArgumentException("An answer needs at least one relevant passage");
        }
        Set<String> questionTerms = EnglishTerms.of(question);
        List<Candidate> candidates = candidates(questionTerms, relevantPassages);
        Map<Integer, TreeMap<Integer, TextUnit>> chosen = choose(candidates);
        return compose(relevantPassages, chosen);
    }

    private List<Candidate> candidates(Set<String> questionTerms, List<RankedPassage> passages) {
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < Math.min(limits.passages(), passages.size()); rank++) {
            RankedPassage passage = passages.get(rank);
            double section = EnglishTerms.coverage(questionTerms,
                    EnglishTerms.of(passage.passage().title() + " " + passage.passage().section()));
            List<TextUnit> units = TextUnits.of(passage.passage().text());
            for (TextUnit unit : units) {
                double score = EnglishTerms.coverage(questionTerms, unit.terms())
                        + SECTION_WEIGHT * section / (1 + 0.5 * unit.position())
                        + RANK_PRIOR[rank];
                candidates.add(new Candidate(rank, unit, units, score));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::rank)
                .thenComparingInt(c -> c.unit().position()));
        return candidates;
    }

    /** Picks units best first until a limit is reached; keyed by passage rank, then position. */
    private Map<Integer, TreeMap<Integer, TextUnit>> choose(List<Candidate> candidates) {
        Map<Integer, TreeMap<Integer, TextUnit>> chosen = new TreeMap<>();
        if (candidates.isEmpty()) {
            return chosen;
        }
        double best = candidates.getFirst().score();
        int units = 0;
        int chars = 0;
        for (Candidate candidate : candidates) {
            if (units >= limits.units() || (units > 0 && candidate.score() < best * KEEP_RELATIVE_TO_BEST)) {
                break;
            }
            List<TextUnit> quote = withContext(candidate);
            int quoteChars = quote.stream().mapToInt(u -> u.text().length()).sum();
            if (units > 0 && chars + quoteChars > limits.chars()) {
                continue;
            }
            TreeMap<Integer, TextUnit> fromPassage = chosen.computeIfAbsent(candidate.rank(), r -> new TreeMap<>());
            for (TextUnit unit : quote) {
                if (fromPassage.putIfAbsent(unit.position(), unit) == null) {
                    units++;
                    chars += unit.text().length();
                }
            }
        }
        return chosen;
    }

    /**
     * A step of a procedure is useless alone: a chosen list item brings its whole (short) list and
     * the sentence that introduces it.
     */
    private static List<TextUnit> withContext(Candidate candidate) {
        TextUnit unit = candidate.unit();
        if (unit.kind() != TextUnit.Kind.LIST_ITEM) {
            return List.of(unit);
        }
        List<TextUnit> items = candidate.passageUnits().stream().filter(u -> u.list() == unit.list()).toList();
        if (items.size() > MAX_LIST_ITEMS) {
            return List.of(unit);
        }
        List<TextUnit> quote = new ArrayList<>();
        int first = items.getFirst().position();
        if (first > 0) {
            TextUnit before = candidate.passageUnits().get(first - 1);
            if (before.kind() == TextUnit.Kind.SENTENCE && before.text().endsWith(":")) {
                quote.add(before);
            }
        }
        quote.addAll(items);
        return quote;
    }

    private static GeneratedAnswer compose(List<RankedPassage> passages, Map<Integer, TreeMap<Integer, TextUnit>> chosen) {
        CitationList citations = new CitationList();
        StringBuilder text = new StringBuilder();
        Map<Integer, String> quotedPerPassage = new LinkedHashMap<>();
        for (var entry : chosen.entrySet()) {
            quotedPerPassage.put(entry.getKey(),
                    String.join(" ", entry.getValue().values().stream().map(TextUnit::text).toList()));
        }
        for (var entry : chosen.entrySet()) {
            RankedPassage passage = passages.get(entry.getKey());
            int number = citations.cite(passage, quotedPerPassage.get(entry.getKey()));
            TextUnit previous = null;
            for (TextUnit unit : entry.getValue().values()) {
                if (!text.isEmpty()) {
                    boolean runOn = previous != null && previous.kind() == TextUnit.Kind.SENTENCE
                            && unit.kind() == TextUnit.Kind.SENTENCE && !previous.text().endsWith(":");
                    text.append(runOn ? " " : "\n");
                }
                text.append(unit.text()).append(" [").append(number).append(']');
                previous = unit;
            }
        }
        return new GeneratedAnswer(text.toString(), citations.citations());
    }

    private record Candidate(int rank, TextUnit unit, List<TextUnit> passageUnits, double score) {
    }
}
