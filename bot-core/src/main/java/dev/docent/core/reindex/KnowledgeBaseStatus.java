package dev.docent.core.reindex;

import java.time.Instant;
import java.util.Optional;

/**
 * A knowledge base as {@code docent kb status}, {@code docent kb list} and chat admins' status show
 * it: what it holds, how its latest run went, and who reindexes it now.
 *
 * @param internal   whether it is one of the internal knowledge bases (runbooks, not public docs)
 * @param indexed    whether Elasticsearch has it at all (a knowledge base declared but never indexed has not)
 * @param documents  the documents it holds
 * @param chunks     the passages it holds
 * @param outdated   whether an older Docent wrote its index: it answers, without what retrieval has
 *                   learned since, until its next reindex rebuilds it
 * @param lastRun    its latest run, whatever the outcome
 * @param reindexing the run going on now, if any
 */
public record KnowledgeBaseStatus(String name, boolean internal, boolean indexed, long documents, long chunks,
                                  boolean outdated, Optional<ReindexRun> lastRun, Optional<Reindexing> reindexing) {

    /** What an admin reads about an outdated knowledge base, wherever its status is shown. */
    public static final String OUTDATED_NOTE =
            "written by an older Docent: it answers, and its next reindex rebuilds it with what retrieval has learned since";

    /** Who holds the knowledge base's reindex lock, and since when. */
    public record Reindexing(String holder, Instant since) {
    }
}
