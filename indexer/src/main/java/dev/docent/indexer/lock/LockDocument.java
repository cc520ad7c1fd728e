package dev.docent.indexer.lock;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.indexer.state.StateIndex;

/** The lock of one knowledge base as stored in {@code docent-state}; times are epoch milliseconds. */
public record LockDocument(
        @JsonProperty(StateIndex.TYPE) String type,
        @JsonProperty(StateIndex.KNOWLEDGE_BASE) String knowledgeBase,
        @JsonProperty("holder") String holder,
        @JsonProperty("acquired_at") long acquiredAt,
        @JsonProperty("expires_at") long expiresAt) {

    static final String TYPE = "reindex_lock";

    public static String id(String knowledgeBase) {
        return "reindex-lock:" + knowledgeBase;
    }
}
