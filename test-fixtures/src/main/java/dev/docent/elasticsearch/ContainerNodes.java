package dev.docent.elasticsearch;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What each container of a {@link ContainerCluster} is told, node by node: its name - also its host
 * name on the cluster's Docker network, and named as {@link EmbeddedCluster} names its nodes - where
 * to find the others, and on which host port its HTTP is published.
 *
 * @param httpPorts the host port of each node's HTTP, in node order
 */
record ContainerNodes(String clusterName, List<Integer> httpPorts) {

    ContainerNodes {
        httpPorts = List.copyOf(httpPorts);
    }

    int size() {
        return httpPorts.size();
    }

    String name(int index) {
        return EmbeddedCluster.nodeName(index + 1);
    }

    /** The node's settings, as the official image reads them from its environment. */
    Map<String, String> environment(int index) {
        String everyNode = IntStream.range(0, size()).mapToObj(this::name).collect(Collectors.joining(","));
        Map<String, String> environment = new HashMap<>(OfficialImage.TEST_SETTINGS);
        environment.put("cluster.name", clusterName);
        environment.put("node.name", name(index));
        environment.put("discovery.seed_hosts", everyNode);
        environment.put("cluster.initial_master_nodes", everyNode);
        // A node that looks for others enforces the bootstrap checks; without mmap, the one that
        // asks the host for vm.max_map_count >= 262144 (not the default on most Linux hosts) is off.
        environment.put("node.store.allow_mmap", "false");
        return Map.copyOf(environment);
    }

    /** Docker's {@code host:container} binding: the same host port every time the container starts. */
    String portBinding(int index) {
        return httpPorts.get(index) + ":" + OfficialImage.HTTP_PORT;
    }

    URI httpUri(String dockerHost, int index) {
        return URI.create("http://" + dockerHost + ":" + httpPorts.get(index));
    }
}
