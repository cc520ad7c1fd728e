package dev.docent.indexer.lock;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.reindex.ReindexInProgressException;
import dev.docent.indexer.state.StateIndex;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One reindex per knowledge base at a time, across processes and replicas: a lock document in
 * Elasticsearch that is created only if absent ({@code op_type=create}). It carries its holder and
 * an expiry; the holder renews it while the run lasts, so a crashed run blocks others for one lease
 * at most, after which the lock is taken over - with optimistic concurrency, so only one taker wins.
 */
public final class ReindexLocks {

    private final StateIndex state;
    private final Clock clock;
    private final Duration lease;
    private final String holder;

    public ReindexLocks(StateIndex state, Clock clock, Duration lease, String holder) {
        this.state = state;
        this.clock = clock;
        this.lease = lease;
        this.holder = holder;
    }

    /** This process, as a lock's holder: host, process id and a random part (two runs in one JVM differ). */
    public static String thisProcess() {
        return thisHost() + "/pid-" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /**
     * Whether a lock still binds: not expired, and not held by a process of this machine that is no
     * longer alive - a killed {@code docent index} frees its knowledge base at once, not a lease later.
     */
    private boolean binding(LockDocument lock) {
        return lock.expiresAt() > clock.millis() && !lock.heldByDeadProcessOn(thisHost());
    }

    public Duration lease() {
        return lease;
    }

    /** Takes the knowledge base's lock, or fails at once saying who holds it. */
    public Lease acquire(String knowledgeBase) {
        state.ensureExists();
        ElasticsearchConnection es = state.elasticsearch();
        String id = LockDocument.id(knowledgeBase);
        LockDocument mine = fresh(knowledgeBase);
        try {
            var created = es.call(c -> c.create(r -> r.index(StateIndex.NAME).id(id).document(mine)));
            return new Lease(this, mine, created.seqNo(), created.primaryTerm());
        } catch (ElasticsearchException e) {
            if (e.status() != 409) {
                throw e;
            }
        }
        GetResponse<LockDocument> current = es.call(c -> c.get(g -> g.index(StateIndex.NAME).id(id), LockDocument.class));
        if (current.found() && current.source() != null && binding(current.source())) {
            throw busy(knowledgeBase, current.source());
        }
        try {
            // Expired (its holder crashed) or released in between: take it over only if nobody else did.
            var taken = current.found()
                    ? es.call(c -> c.index(r -> r.index(StateIndex.NAME).id(id).document(mine)
                            .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())))
                    : null;
            if (taken == null) {
                var created = es.call(c -> c.create(r -> r.index(StateIndex.NAME).id(id).document(mine)));
                return new Lease(this, mine, created.seqNo(), created.primaryTerm());
            }
            return new Lease(this, mine, taken.seqNo(), taken.primaryTerm());
        } catch (ElasticsearchException e) {
            if (e.status() != 409) {
                throw e;
            }
            throw busy(knowledgeBase, holderOf(knowledgeBase).orElse(mine));
        }
    }

    /** The current holder of a knowledge base's lock, if it is held and not expired. */
    public Optional<LockDocument> holderOf(String knowledgeBase) {
        state.ensureExists();
        GetResponse<LockDocument> current = state.elasticsearch().call(c -> c.get(
                g -> g.index(StateIndex.NAME).id(LockDocument.id(knowledgeBase)), LockDocument.class));
        return Optional.ofNullable(current.found() ? current.source() : null)
                .filter(this::binding);
    }

    LockDocument fresh(String knowledgeBase) {
        long now = clock.millis();
        return new LockDocument(LockDocument.TYPE, knowledgeBase, holder, now, now + lease.toMillis());
    }

    /** The same lock, expiring one lease from now. */
    LockDocument renewed(LockDocument lock) {
        return new LockDocument(lock.type(), lock.knowledgeBase(), lock.holder(), lock.acquiredAt(),
                clock.millis() + lease.toMillis());
    }

    StateIndex state() {
        return state;
    }

    private ReindexInProgressException busy(String knowledgeBase, LockDocument lock) {
        return new ReindexInProgressException("Knowledge base '" + knowledgeBase + "' is being reindexed by "
                + lock.holder() + " (since " + Instant.ofEpochMilli(lock.acquiredAt()) + "); try again when it is done"
                + " - a crashed run's lock expires at " + Instant.ofEpochMilli(lock.expiresAt()) + ".");
    }
}
