package dev.docent.indexer.lock;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import dev.docent.core.reindex.ReindexInProgressException;
import dev.docent.indexer.state.StateIndex;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A held reindex lock. It renews itself every third of its lease while the run goes on; if a
 * renewal finds that someone else took the lock (this process stalled past the expiry), the lease
 * is lost and {@link #ensureHeld()} fails, so the run does not swap an alias it no longer owns.
 */
public final class Lease implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Lease.class);

    private final ReindexLocks locks;
    private final String knowledgeBase;
    private LockDocument lock;
    private final ScheduledExecutorService renewer;
    private long seqNo;
    private long primaryTerm;
    private boolean lost;
    private boolean released;

    Lease(ReindexLocks locks, LockDocument lock, long seqNo, long primaryTerm) {
        this.locks = locks;
        this.knowledgeBase = lock.knowledgeBase();
        this.lock = lock;
        this.seqNo = seqNo;
        this.primaryTerm = primaryTerm;
        this.renewer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("reindex-lock-" + knowledgeBase).factory());
        long every = Math.max(1, locks.lease().toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    public String knowledgeBase() {
        return knowledgeBase;
    }

    /** Extends the lease; called on a timer, and may be called by the run itself. */
    public synchronized void renew() {
        if (lost || released) {
            return;
        }
        LockDocument extended = locks.renewed(lock);
        try {
            var response = locks.state().elasticsearch().call(c -> c.index(r -> r.index(StateIndex.NAME)
                    .id(LockDocument.id(knowledgeBase)).document(extended).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)));
            seqNo = response.seqNo();
            primaryTerm = response.primaryTerm();
            lock = extended;
        } catch (ElasticsearchException e) {
            if (e.status() == 409 || e.status() == 404) {
                lost = true;
                log.atWarn().addKeyValue("knowledgeBase", knowledgeBase).log("reindex lock lost to another process");
            } else {
                log.atWarn().addKeyValue("knowledgeBase", knowledgeBase).addKeyValue("error", e.getMessage())
                        .log("could not renew the reindex lock");
            }
        } catch (RuntimeException e) {
            log.atWarn().addKeyValue("knowledgeBase", knowledgeBase).addKeyValue("error", e.getMessage())
                    .log("could not renew the reindex lock");
        }
    }

    public synchronized void ensureHeld() {
        if (lost) {
            throw new ReindexInProgressException("The reindex lock of '" + knowledgeBase
                    + "' expired and was taken by another process; this run stopped without changing what is served.");
        }
    }

    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        renewer.shutdownNow();
        if (lost) {
            return;
        }
        try {
            locks.state().elasticsearch().call(c -> c.delete(d -> d.index(StateIndex.NAME)
                    .id(LockDocument.id(knowledgeBase)).ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)));
        } catch (RuntimeException e) {
            // It expires by itself; a release that cannot reach Elasticsearch must not hide the run's own outcome.
            log.atWarn().addKeyValue("knowledgeBase", knowledgeBase).addKeyValue("error", e.getMessage())
                    .log("could not release the reindex lock; it expires by itself");
        }
    }
}
