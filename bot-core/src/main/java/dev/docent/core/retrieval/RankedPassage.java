package dev.docent.core.retrieval;

import dev.docent.core.index.IndexedPassage;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A passage after fusion: its fused score and where each search placed it (1-based), if it did.
 * {@code semanticScore} is the kNN score, (1 + cosine) / 2, an absolute measure of closeness
 * that rank-based fusion scores are not. {@code startsSection}: no earlier passage of the page has
 * its heading path, so its first sentence opens the section (a long section's later passages start
 * with the overlap of the one before).
 */
public record RankedPassage(
        String id,
        IndexedPassage passage,
        double fusedScore,
        OptionalInt lexicalRank,
        OptionalInt semanticRank,
        OptionalDouble semanticScore,
        boolean startsSection) {
}
