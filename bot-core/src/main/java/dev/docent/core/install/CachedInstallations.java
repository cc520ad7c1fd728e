package dev.docent.core.install;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Installations as a replica reads them on every event and reply: each workspace's is kept for a
 * short while instead of being read from the store each time. A removal on this replica takes
 * effect at once; one on another replica once the kept copy is older than {@code fresh} (Slack
 * refuses a revoked token meanwhile). Absent installations are not kept: a workspace that just
 * installed on another replica is answered at once.
 */
public final class CachedInstallations implements Installations {

    private record Kept(Installation installation, Instant until) {
    }

    private final Installations stored;
    private final Clock clock;
    private final Duration fresh;
    private final ConcurrentMap<String, Kept> kept = new ConcurrentHashMap<>();

    public CachedInstallations(Installations stored, Clock clock, Duration fresh) {
        this.stored = stored;
        this.clock = clock;
        this.fresh = fresh;
    }

    @Override
    public void save(Installation installation) {
        stored.save(installation);
        keep(installation);
    }

    @Override
    public Optional<Installation> find(String team) {
        Kept copy = kept.get(team);
        if (copy != null && copy.until().isAfter(clock.instant())) {
            return Optional.of(copy.installation());
        }
        Optional<Installation> found = stored.find(team);
        found.ifPresentOrElse(this::keep, () -> kept.remove(team));
        return found;
    }

    @Override
    public boolean remove(String team) {
        kept.remove(team);
        return stored.remove(team);
    }

    private void keep(Installation installation) {
        kept.put(installation.team(), new Kept(installation, clock.instant().plus(fresh)));
    }
}
