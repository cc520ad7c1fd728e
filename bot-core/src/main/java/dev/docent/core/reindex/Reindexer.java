package dev.docent.core.reindex;

import java.util.List;

/**
 * What chat admins can ask of the indexer, without the adapters depending on it: reindex a
 * knowledge base from its configured sources, and report status.
 */
public interface Reindexer {

    /** The knowledge bases that have sources Docent knows how to reindex from. */
    List<String> reindexable();

    /**
     * Reindexes one knowledge base incrementally, telling the listener of its progress and failed
     * documents as it goes and of its summary at the end; blocks until done.
     *
     * @throws dev.docent.core.knowledge.UnknownKnowledgeBaseException if it is not reindexable
     * @throws ReindexInProgressException if a reindex of it is already running
     */
    ReindexSummary reindex(String knowledgeBase, ReindexListener listener);

    /** Every knowledge base that is indexed or reindexable, by name. */
    List<KnowledgeBaseStatus> status();
}
