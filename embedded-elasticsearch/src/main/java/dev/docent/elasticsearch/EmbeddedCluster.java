package dev.docent.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

/**
 * A real Elasticsearch cluster of several nodes on 127.0.0.1, each in a child JVM with its own
 * directory ({@code node-1}, {@code node-2}, ... under the cluster's) and its own HTTP and transport
 * ports: the nodes find each other through those transport ports, elect a master among themselves
 * and replicate shards as any cluster does. For tests, benchmarks and {@code docent cluster}.
 *
 * <p>A node can be killed ({@code kill -9}) and started again where it was - same ports, same data -
 * which is how the fault tests take a node away and give it back.
 */
public final class EmbeddedCluster implements KillableCluster {

    private final List<ChildNodeOptions> nodes;
    private final List<ChildElasticsearchProcess> running;

    private EmbeddedCluster(List<ChildNodeOptions> nodes, List<ChildElasticsearchProcess> running) {
        this.nodes = List.copyOf(nodes);
        this.running = new ArrayList<>(running);
    }

    /**
     * Starts {@code size} nodes at once (a node waits for the others to elect a master) and returns
     * once every one of them serves HTTP.
     *
     * @param template  the nodes' java, classpath, heap and patience; its data directory is the
     *                  cluster's, and its HTTP port the first node's (0: every node any free one;
     *                  else the next nodes take the ports after it)
     * @throws EmbeddedElasticsearchException when a node does not start; the others are stopped
     */
    public static EmbeddedCluster start(String clusterName, int size, ChildNodeOptions template) {
        if (size < 1) {
            throw new IllegalArgumentException("A cluster needs at least one node, not " + size);
        }
        List<Integer> transportPorts = FreePorts.take(size);
        List<Integer> httpPorts = template.httpPort() == 0
                ? FreePorts.take(size)
                : IntStream.range(0, size).mapToObj(i -> template.httpPort() + i).toList();
        List<String> names = IntStream.rangeClosed(1, size).mapToObj(EmbeddedCluster::nodeName).toList();
        List<ChildNodeOptions> nodes = IntStream.range(0, size).mapToObj(i -> template
                .withDataDir(nodeDirectory(template.dataDir(), i))
                .withHttpPort(httpPorts.get(i))
                .withMembership(new ClusterMembership(clusterName, names.get(i), transportPorts.get(i), transportPorts, names)))
                .toList();
        List<CompletableFuture<ChildElasticsearchProcess>> starting = nodes.stream()
                .map(options -> CompletableFuture.supplyAsync(() -> ChildElasticsearchProcess.start(options),
                        runnable -> Thread.ofPlatform().daemon().name("docent-es-cluster-start").start(runnable)))
                .toList();
        List<ChildElasticsearchProcess> started = new ArrayList<>();
        EmbeddedElasticsearchException failure = null;
        for (CompletableFuture<ChildElasticsearchProcess> node : starting) {
            try {
                started.add(node.join());
            } catch (CompletionException e) {
                failure = e.getCause() instanceof EmbeddedElasticsearchException cause ? cause
                        : new EmbeddedElasticsearchException("A node of the cluster did not start: " + e.getCause(), e.getCause());
            }
        }
        if (failure != null) {
            started.forEach(ChildElasticsearchProcess::close);
            throw failure;
        }
        return new EmbeddedCluster(nodes, started);
    }

    /** {@code node-1}, {@code node-2}, ...: the name of the {@code number}-th node, counting from 1. */
    public static String nodeName(int number) {
        return "node-" + number;
    }

    static Path nodeDirectory(Path clusterDirectory, int index) {
        return clusterDirectory.resolve(nodeName(index + 1));
    }

    @Override
    public int size() {
        return nodes.size();
    }

    @Override
    public List<URI> httpUris() {
        return nodes.stream().map(options -> URI.create("http://127.0.0.1:" + options.httpPort())).toList();
    }

    @Override
    public String name(int index) {
        return nodes.get(index).membership().orElseThrow().nodeName();
    }

    public synchronized long pid(int index) {
        return running.get(index).pid();
    }

    @Override
    public synchronized boolean isAlive(int index) {
        return running.get(index).isAlive();
    }

    /** Kills the node's JVM at once, as {@code kill -9} does, and returns when it is gone. */
    @Override
    public synchronized void kill(int index) {
        ProcessHandle.of(running.get(index).pid()).ifPresent(ProcessHandle::destroyForcibly);
        running.get(index).onExit().join();
    }

    /** Starts a node that was killed (or died) again on its ports and its data; returns once it serves HTTP. */
    @Override
    public synchronized void restart(int index) {
        if (isAlive(index)) {
            throw new IllegalStateException(name(index) + " is still running");
        }
        running.get(index).close();
        running.set(index, ChildElasticsearchProcess.start(nodes.get(index)));
    }

    /** Completes when the node's JVM (the one running now) exits. */
    public synchronized CompletableFuture<Process> onExit(int index) {
        return running.get(index).onExit();
    }

    /** Stops every node (gracefully, at once) and waits for them to exit. */
    @Override
    public synchronized void close() {
        CompletableFuture.allOf(running.stream()
                .map(node -> CompletableFuture.runAsync(node::close,
                        runnable -> Thread.ofPlatform().daemon().name("docent-es-cluster-stop").start(runnable)))
                .toArray(CompletableFuture[]::new)).join();
    }
}
