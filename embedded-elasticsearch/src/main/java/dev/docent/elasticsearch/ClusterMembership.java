package dev.docent.elasticsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A node's place in a cluster of several on 127.0.0.1: the cluster's name, its own name and
 * transport port, where to find the others, and which nodes vote in the first election. A node
 * without one runs alone ({@code discovery.type: single-node}).
 *
 * <p>Also the node's command line in a child JVM ({@link #arguments()} / {@link #parse}), so the
 * launcher and {@link ChildNodeMain} cannot disagree about it.
 *
 * @param seedTransportPorts the transport ports of every node of the cluster, this one included
 * @param initialMasterNodes the names of the master-eligible nodes that bootstrap the cluster; a
 *                           node that already belongs to it ignores them
 */
public record ClusterMembership(String clusterName, String nodeName, int transportPort, List<Integer> seedTransportPorts,
                                List<String> initialMasterNodes) {

    private static final String CLUSTER = "--cluster=";
    private static final String NODE = "--node=";
    private static final String TRANSPORT_PORT = "--transport-port=";
    private static final String SEEDS = "--seed-transport-ports=";
    private static final String MASTERS = "--initial-master-nodes=";

    public ClusterMembership {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(nodeName, "nodeName");
        seedTransportPorts = List.copyOf(seedTransportPorts);
        initialMasterNodes = List.copyOf(initialMasterNodes);
        if (transportPort <= 0) {
            throw new IllegalArgumentException("A cluster node needs a fixed transport port, the one its peers look for: "
                    + transportPort);
        }
        if (!seedTransportPorts.contains(transportPort) || !initialMasterNodes.contains(nodeName)) {
            throw new IllegalArgumentException("Node " + nodeName + " must be one of the cluster's seeds and initial masters");
        }
    }

    /** The seed hosts as Elasticsearch reads them: {@code 127.0.0.1:<port>}. */
    List<String> seedHosts() {
        return seedTransportPorts.stream().map(port -> "127.0.0.1:" + port).toList();
    }

    List<String> arguments() {
        return List.of(CLUSTER + clusterName, NODE + nodeName, TRANSPORT_PORT + transportPort,
                SEEDS + seedTransportPorts.stream().map(String::valueOf).collect(Collectors.joining(",")),
                MASTERS + String.join(",", initialMasterNodes));
    }

    /** The membership in a child's arguments, or empty when they name none (a node alone). */
    static Optional<ClusterMembership> parse(List<String> arguments) {
        List<String> values = new ArrayList<>();
        for (String prefix : List.of(CLUSTER, NODE, TRANSPORT_PORT, SEEDS, MASTERS)) {
            arguments.stream().filter(a -> a.startsWith(prefix)).findFirst()
                    .ifPresent(a -> values.add(a.substring(prefix.length())));
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() < 5) {
            throw new IllegalArgumentException("Incomplete cluster membership: " + arguments);
        }
        return Optional.of(new ClusterMembership(values.get(0), values.get(1), Integer.parseInt(values.get(2)),
                List.of(values.get(3).split(",")).stream().map(Integer::valueOf).toList(),
                List.of(values.get(4).split(","))));
    }
}
