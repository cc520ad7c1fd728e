package dev.docent.core.desk;

import java.util.List;
import java.util.Optional;

/** The knowledge bases an admin's reindex command will rebuild, one after the other, or why none will. */
public record ReindexPlan(List<String> knowledgeBases, Optional<String> refusal) {

    public ReindexPlan {
        knowledgeBases = List.copyOf(knowledgeBases);
    }

    static ReindexPlan of(List<String> knowledgeBases) {
        return new ReindexPlan(knowledgeBases, Optional.empty());
    }

    static ReindexPlan refused(String notice) {
        return new ReindexPlan(List.of(), Optional.of(notice));
    }
}
