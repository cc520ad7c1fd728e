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

    /** Whether the holder ({@code host/pid-N/...}) is a process of {@code host} that no longer runs. */
    boolean heldByDeadProcessOn(String host) {
        String[] parts = holder == null ? new String[0] : holder.split("/");
        if (parts.length < 2 || !parts[0].equals(host) || !parts[1].startsWith("pid-")) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[1].substring("pid-".length()));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
