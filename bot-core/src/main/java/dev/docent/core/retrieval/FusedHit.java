package dev.docent.core.retrieval;

import dev.docent.core.index.IndexedPassage;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A passage after fusion, before its text is fetched: its fused score and where each search
 * placed it (1-based), if it did. {@code semanticScore} is the kNN score, (1 + cosine) / 2.
 */
public record FusedHit(String id, String documentId, double fusedScore, OptionalInt lexicalRank, OptionalInt semanticRank,
                       OptionalDouble semanticScore) {

    public RankedPassage with(IndexedPassage passage) {
        return new RankedPassage(id, passage, fusedScore, lexicalRank, semanticRank, semanticScore);
    }
}
