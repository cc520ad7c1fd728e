package dev.docent.core.reindex;

import java.util.Optional;

/** A knowledge base as an admin's status command shows it. */
public record KnowledgeBaseStatus(String name, boolean internal, long passages, Optional<ReindexSummary> lastRun) {
}
