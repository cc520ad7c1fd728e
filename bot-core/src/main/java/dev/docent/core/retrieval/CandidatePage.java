package dev.docent.core.retrieval;

import java.util.List;

/**
 * A page that retrieval found for a question: its candidate passages (best fused first) and what
 * was measured about it. {@code bestCloseness} is the kNN score of its passage closest to the whole
 * question and {@code bestLexical} the best normalised BM25 score among its passages; the
 * answerability model reads both off the pages that would be cited. {@code pagePassages} is how many
 * passages the page has in all (0 if unknown).
 */
public record CandidatePage(String knowledgeBase, String documentId, String title, String url, int pagePassages,
                            List<FusedHit> passages,
                            PageFeatures features, double bestCloseness, double bestLexical) {

    public CandidatePage {
        passages = List.copyOf(passages);
    }
}
