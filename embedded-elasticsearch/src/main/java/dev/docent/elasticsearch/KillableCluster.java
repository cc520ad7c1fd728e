package dev.docent.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * An Elasticsearch cluster whose nodes can be killed and started again: what the fault tests need
 * of a cluster, whatever runs its nodes - child JVMs ({@link EmbeddedCluster}) or containers of the
 * official image (test-fixtures' {@code ContainerCluster}). Nodes are numbered from 0, in the order
 * of {@link #httpUris()}.
 */
public interface KillableCluster extends AutoCloseable {

    int size();

    /**
     * Every node's HTTP address, in node order: what ES_URL lists. A restarted node keeps its
     * address, so a client opened on these once reaches the whole cluster again.
     */
    List<URI> httpUris();

    /** The node's name in the cluster, e.g. {@code node-2} for index 1: what {@code _cat} APIs call it. */
    String name(int index);

    boolean isAlive(int index);

    /** Kills the node at once, as {@code kill -9} does, and returns when it is gone. */
    void kill(int index);

    /** Starts a node that was killed (or died) again with its data and address; returns once it serves HTTP. */
    void restart(int index);

    /**
     * Waits until every node is in the cluster and every shard has all its copies (health green),
     * asking the first node that answers; false if that did not happen within {@code timeout}.
     */
    default boolean awaitGreen(Duration timeout) {
        return ClusterHealth.awaitGreen(httpUris(), size(), timeout);
    }

    /** Stops every node and waits for them to be gone. */
    @Override
    void close();
}
