package dev.docent.indexer.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.reindex.ReindexInProgressException;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.indexer.state.StateIndex;
import dev.docent.indexer.testing.IndexerFixture;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@EmbeddedElasticsearchTest
class ReindexLocksTest {

    ElasticsearchEndpoint endpoint;

    @Test
    void oneHolderAtATimeAndTheNextOneGetsItOnceReleased() {
        try (ElasticsearchConnection es = IndexerFixture.connect(endpoint)) {
            ReindexLocks replicaA = locks(es, Clock.systemUTC(), "replica-a");
            ReindexLocks replicaB = locks(es, Clock.systemUTC(), "replica-b");

            Lease held = replicaA.acquire("locked-kb");
            assertThatThrownBy(() -> replicaB.acquire("locked-kb"))
                    .isInstanceOf(ReindexInProgressException.class).hasMessageContaining("by replica-a");
            try (Lease other = replicaB.acquire("other-kb")) {
                other.ensureHeld(); // other knowledge bases are not blocked
            }

            held.renew();
            assertThat(replicaB.holderOf("locked-kb")).hasValueSatisfying(lock -> {
                assertThat(lock.holder()).isEqualTo("replica-a");
                assertThat(lock.expiresAt()).isGreaterThan(lock.acquiredAt());
            });
            held.close();
            try (Lease next = replicaB.acquire("locked-kb")) {
                next.ensureHeld();
            }
        }
    }

    @Test
    void anExpiredLockIsTakenOverAndItsFormerHolderLearnsItLostIt() {
        try (ElasticsearchConnection es = IndexerFixture.connect(endpoint)) {
            Lease stalled = locks(es, Clock.systemUTC(), "stalled").acquire("expiring-kb");
            Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));

            try (Lease taken = locks(es, later, "rescuer").acquire("expiring-kb")) {
                stalled.renew();
                assertThatThrownBy(stalled::ensureHeld).isInstanceOf(ReindexInProgressException.class)
                        .hasMessageContaining("was taken by another process");
                stalled.close(); // must not release the rescuer's lock
                assertThat(locks(es, later, "observer").holderOf("expiring-kb"))
                        .hasValueSatisfying(lock -> assertThat(lock.holder()).isEqualTo("rescuer"));
                taken.ensureHeld();
            }
        }
    }

    @Test
    void aLockHeldByADeadProcessOfThisMachineIsFreeAtOnce() throws Exception {
        Process gone = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version").start();
        gone.waitFor();
        String host = ReindexLocks.thisProcess().split("/")[0];
        try (ElasticsearchConnection es = IndexerFixture.connect(endpoint);
             Lease killed = locks(es, Clock.systemUTC(), host + "/pid-" + gone.pid() + "/dead").acquire("killed-kb")) {
            assertThat(locks(es, Clock.systemUTC(), "observer").holderOf("killed-kb")).as("nobody reindexes it now").isEmpty();
            try (Lease rerun = locks(es, Clock.systemUTC(), "next-run").acquire("killed-kb")) {
                assertThat(rerun.knowledgeBase()).isEqualTo("killed-kb");
            }
        }
    }

    private static ReindexLocks locks(ElasticsearchConnection es, Clock clock, String holder) {
        return new ReindexLocks(new StateIndex(es), clock, Duration.ofMinutes(2), holder);
    }
}
