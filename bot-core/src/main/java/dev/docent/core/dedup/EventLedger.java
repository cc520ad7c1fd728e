package dev.docent.core.dedup;

import java.time.Duration;

/**
 * Remembers which platform events were handled, so that a retried delivery (Slack resends an event
 * it thinks was lost) is never answered twice - across replicas.
 */
public interface EventLedger {

    /** True the first time an event is seen; false for every later delivery of the same event. */
    boolean firstDelivery(String source, String eventId);

    /** Forgets events older than {@code age} (platforms stop retrying within minutes); returns how many. */
    int forgetOlderThan(Duration age);
}
