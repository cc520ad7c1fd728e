package dev.docent.core.desk;

import dev.docent.core.reindex.ReindexSummary;
import java.util.Optional;

/** How one knowledge base's reindex ended: its summary, or in plain words why it did not run or failed. */
public record ReindexOutcome(String knowledgeBase, Optional<ReindexSummary> summary, Optional<String> failure) {

    static ReindexOutcome done(ReindexSummary summary) {
        return new ReindexOutcome(summary.knowledgeBase(), Optional.of(summary), Optional.empty());
    }

    static ReindexOutcome failed(String knowledgeBase, String why) {
        return new ReindexOutcome(knowledgeBase, Optional.empty(), Optional.of(why));
    }
}
