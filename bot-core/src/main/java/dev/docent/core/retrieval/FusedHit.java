package dev.docent.core.retrieval;

import dev.docent.core.index.IndexedPassage;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A passage after fusion, before its text is fetched: its fused score, where each search placed it
 * (1-based) if it did, and each search's normalised score for it (the search's lowest when it did
 * not return it). {@code semanticScore} is the kNN score, (1 + cosine) / 2.
 */
public record FusedHit(SearchHit hit, double fusedScore, OptionalInt lexicalRank, OptionalInt semanticRank,
                       double lexicalZ, double semanticZ, OptionalDouble semanticScore) {

    public String id() {
        return hit.id();
    }

    public String documentId() {
        return hit.documentId();
    }

    /** @param previous the page's passage just before this one, if there is one */
    public RankedPassage with(IndexedPassage passage, Optional<IndexedPassage> previous) {
        boolean startsSection = previous.map(p -> !p.headings().equals(passage.headings())).orElse(true);
        return new RankedPassage(hit.id(), passage, fusedScore, lexicalRank, semanticRank, semanticScore, startsSection);
    }
}
