package dev.docent.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event ids this replica received lately, in memory: Slack's retries of an event to the same
 * replica are recognised before anything is posted, without asking Elasticsearch (the shared
 * ledger, asked later, catches a retry that reached another replica).
 */
final class RecentEvents {

    private final Map<String, Boolean> seen;

    /** @param capacity how many ids are remembered; the oldest are forgotten first */
    RecentEvents(int capacity) {
        this.seen = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Whether this id is new to this replica; it is remembered either way. */
    synchronized boolean firstSeen(String eventId) {
        return seen.put(eventId, Boolean.TRUE) == null;
    }
}
