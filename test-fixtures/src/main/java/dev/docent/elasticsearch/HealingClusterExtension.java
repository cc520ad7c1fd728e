package dev.docent.elasticsearch;

import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A three-node cluster per test JVM (per image, for containers), shared by the test classes that
 * use the extension, handed to them as a {@link KillableCluster} (field or parameter). Tests kill
 * nodes: before each test, a node that is not running is started again and the cluster is awaited
 * green, so every test starts whole.
 */
abstract class HealingClusterExtension extends FixtureInjection<KillableCluster> implements BeforeEachCallback {

    static final int NODES = 3;
    /** Three nodes starting at once share two cores with the tests and other builds. */
    static final Duration PATIENCE = Duration.ofMinutes(4);

    HealingClusterExtension() {
        super(KillableCluster.class);
    }

    /** The suite's cluster, started on first use; stopped with the root context's store when the run ends. */
    abstract KillableCluster cluster(ExtensionContext context);

    @Override
    public void beforeEach(ExtensionContext context) {
        KillableCluster cluster = cluster(context);
        for (int i = 0; i < cluster.size(); i++) {
            if (!cluster.isAlive(i)) {
                cluster.restart(i);
            }
        }
        if (!cluster.awaitGreen(PATIENCE)) {
            throw new IllegalStateException("The test cluster did not get all " + NODES + " nodes and every shard copy back"
                    + " within " + PATIENCE.toMinutes() + " minutes");
        }
    }

    @Override
    KillableCluster provided(ExtensionContext context) {
        return cluster(context);
    }
}
