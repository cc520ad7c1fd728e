package dev.docent.core.dedup;

import java.time.Duration;
import java.util.Optional;

/**
 * Remembers which platform events were handled, so that a retried delivery (Slack resends an event
 * it thinks was lost) is never answered twice - across replicas.
 */
public interface EventLedger {

    /** True the first time an event is seen; false for every later delivery of the same event. */
    boolean firstDelivery(String source, String eventId);

    /**
     * Asks to handle an event as {@code holder} for {@code lease}: the first to ask gets it; a later
     * delivery finds it handled, or held by a replica that renews its hold - unless that hold ran
     * out before the work was done (the replica died), and then the later delivery takes it over.
     */
    ClaimResult claim(String source, String eventId, String holder, Duration lease);

    /** Extends the hold by {@code lease} from now: the renewed claim, or empty when another replica took it over. */
    Optional<Claim> renew(Claim claim, Duration lease);

    /** The work is done: later deliveries find the event handled. */
    void done(Claim claim);

    /** Forgets events older than {@code age} (platforms stop retrying within minutes); returns how many. */
    int forgetOlderThan(Duration age);
}
