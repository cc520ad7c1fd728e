package dev.docent.indexer.history;

import dev.docent.indexer.lock.LockDocument;
import java.util.Optional;

/**
 * What a knowledge base holds and how its last indexing run went.
 *
 * @param indexed    whether Elasticsearch has it at all (a knowledge base declared but never indexed has not)
 * @param lastRun    the latest run, whatever its outcome
 * @param reindexing the lock of a run going on now, if any
 */
public record KnowledgeBaseStatus(String knowledgeBase, boolean indexed, long documents, long chunks,
                                  Optional<IndexingRun> lastRun, Optional<LockDocument> reindexing) {

    /** The last run's outcome as a person reads it: a run still marked running with no lock held was killed. */
    public Optional<String> lastOutcome() {
        return lastRun.map(run -> IndexingRun.RUNNING.equals(run.outcome()) && reindexing.isEmpty()
                ? "interrupted" : run.outcome());
    }
}
