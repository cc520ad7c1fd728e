package dev.docent.core.retrieval;

import java.util.List;

/**
 * A candidate page in the ranker's order, with its score and - for the pages near the top - the text
 * of its best passages, best first (empty for pages too far down to be cited).
 */
public record RankedPage(CandidatePage page, double score, List<RankedPassage> passages) {

    public RankedPage {
        passages = List.copyOf(passages);
    }

    public String documentId() {
        return page.documentId();
    }
}
