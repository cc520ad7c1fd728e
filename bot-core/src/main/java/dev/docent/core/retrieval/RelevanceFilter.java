package dev.docent.core.retrieval;

import dev.docent.core.generation.EnglishTerms;
import dev.docent.core.index.IndexedPassage;
import java.util.List;
import java.util.Set;

/**
 * Keeps only the passages that plausibly answer the question, so that Docent says "not in the
 * docs" instead of answering from the nearest unrelated page. Fusion ranks are relative - some
 * passage always comes first - so this looks at absolute evidence: how close the passage's
 * embedding is to the question's, and how many of the question's content words it contains.
 * The thresholds are set from the sample golden set (README, "Answer quality").
 */
public final class RelevanceFilter {

    /** Thresholds on the kNN score, (1 + cosine) / 2, and on the share of question terms present. */
    public record Thresholds(double semanticAlone, double semanticWithTerms, double termCoverage) {

        public static Thresholds defaults() {
            return new Thresholds(0.875, 0.84, 0.4);
        }
    }

    private final Thresholds thresholds;

    public RelevanceFilter(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public List<RankedPassage> relevant(String question, List<RankedPassage> passages) {
        Set<String> questionTerms = EnglishTerms.of(question);
        return passages.stream().filter(p -> isRelevant(questionTerms, p)).toList();
    }

    private boolean isRelevant(Set<String> questionTerms, RankedPassage ranked) {
        double semantic = ranked.semanticScore().orElse(0);
        if (semantic >= thresholds.semanticAlone()) {
            return true;
        }
        return semantic >= thresholds.semanticWithTerms()
                && EnglishTerms.coverage(questionTerms, termsOf(ranked.passage())) >= thresholds.termCoverage();
    }

    private static Set<String> termsOf(IndexedPassage p) {
        return EnglishTerms.of(p.title() + "\n" + p.section() + "\n" + p.text());
    }
}
