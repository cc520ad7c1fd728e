package dev.docent.elasticsearch;

import com.github.dockerjava.api.DockerClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/**
 * A real Elasticsearch cluster of several containers of an official image on one Docker network,
 * through Testcontainers: what {@link EmbeddedCluster} is with child JVMs. A node is killed with
 * {@code docker kill} (SIGKILL to its JVM) and restarted by starting the same container again, with
 * the data it had, as a child node keeps its directory.
 *
 * <p>Each node's HTTP is published on a host port chosen free at the start and kept: Docker would
 * publish a restarted container on a new random port, and the addresses the replicas were given -
 * ES_URL - would no longer all be true.
 */
final class ContainerCluster implements KillableCluster {

    private final ContainerNodes nodes;
    private final Network network;
    private final List<GenericContainer<?>> containers;
    private final Duration patience;

    private ContainerCluster(ContainerNodes nodes, Network network, List<GenericContainer<?>> containers, Duration patience) {
        this.nodes = nodes;
        this.network = network;
        this.containers = containers;
        this.patience = patience;
    }

    /**
     * Starts {@code size} nodes at once (each waits for the others to elect a master) and returns
     * once every one of them serves HTTP; stops them all if one does not.
     */
    static ContainerCluster start(String image, String clusterName, int size, Duration patience) {
        ContainerNodes nodes = new ContainerNodes(clusterName, FreePorts.take(size));
        Network network = Network.newNetwork();
        List<GenericContainer<?>> containers = IntStream.range(0, size)
                .<GenericContainer<?>>mapToObj(i -> container(image, network, nodes, i, patience)).toList();
        ContainerCluster cluster = new ContainerCluster(nodes, network, containers, patience);
        try {
            Startables.deepStart(containers).join();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private static GenericContainer<?> container(String image, Network network, ContainerNodes nodes, int index, Duration patience) {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withNetwork(network)
                .withNetworkAliases(nodes.name(index))
                .withEnv(nodes.environment(index))
                .withExposedPorts(OfficialImage.HTTP_PORT)
                .waitingFor(OfficialImage.serving(patience));
        container.setPortBindings(List.of(nodes.portBinding(index)));
        return container;
    }

    @Override
    public int size() {
        return nodes.size();
    }

    @Override
    public List<URI> httpUris() {
        String host = containers.getFirst().getHost();
        return IntStream.range(0, size()).mapToObj(i -> nodes.httpUri(host, i)).toList();
    }

    @Override
    public String name(int index) {
        return nodes.name(index);
    }

    @Override
    public synchronized boolean isAlive(int index) {
        return containers.get(index).isRunning();
    }

    @Override
    public synchronized void kill(int index) {
        String id = containers.get(index).getContainerId();
        docker().killContainerCmd(id).exec();
        docker().waitContainerCmd(id).start().awaitStatusCode();
    }

    @Override
    public synchronized void restart(int index) {
        if (isAlive(index)) {
            throw new IllegalStateException(name(index) + " is still running");
        }
        GenericContainer<?> container = containers.get(index);
        docker().startContainerCmd(container.getContainerId()).exec();
        OfficialImage.serving(patience).waitUntilReady(container);
    }

    /** Removes the containers (killed ones too) and their network. */
    @Override
    public synchronized void close() {
        containers.forEach(GenericContainer::stop);
        network.close();
    }

    private DockerClient docker() {
        return containers.getFirst().getDockerClient();
    }
}
