package dev.docent.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How to launch a node in a child JVM.
 *
 * @param dataDir        the node's directory: indices under {@code data/}, logs under {@code logs/}
 * @param javaExecutable the {@code java} to run (21 or newer)
 * @param classpath      the node's jars: this module's jar and its runtime dependencies, as in the
 *                       {@code lib/} directory of the {@code node} zip
 * @param maxHeap        the {@code -Xmx} value, e.g. {@code 512m}
 * @param startupTimeout how long to wait for the node to serve HTTP
 * @param httpPort       the HTTP port to bind, 0 for any free one
 * @param membership     the node's place in a cluster of several; empty for a node alone
 */
public record ChildNodeOptions(Path dataDir, Path javaExecutable, List<Path> classpath, String maxHeap, Duration startupTimeout,
                               int httpPort, Optional<ClusterMembership> membership) {

    private static final Pattern HEAP_SIZE = Pattern.compile("\\d+[kKmMgG]?");

    public ChildNodeOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(javaExecutable, "javaExecutable");
        Objects.requireNonNull(membership, "membership");
        classpath = List.copyOf(classpath);
        if (classpath.isEmpty()) {
            throw new IllegalArgumentException("The node's classpath is empty");
        }
        if (HEAP_SIZE.matcher(maxHeap).matches() == false) {
            throw new IllegalArgumentException("maxHeap must look like 512m or 1g, not " + maxHeap);
        }
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive, not " + startupTimeout);
        }
    }

    /**
     * Defaults: the java running this JVM, {@code -Xmx512m}, 60 seconds to start.
     *
     * @param libDir a directory of jars, e.g. the unpacked {@code node} zip's {@code lib/}
     */
    public static ChildNodeOptions forLibDirectory(Path dataDir, Path libDir) {
        return forClasspath(dataDir, jarsIn(libDir));
    }

    /** Like {@link #forLibDirectory} with the classpath given entry by entry. */
    public static ChildNodeOptions forClasspath(Path dataDir, List<Path> classpath) {
        return new ChildNodeOptions(dataDir, currentJava(), classpath, "512m", Duration.ofSeconds(60), 0, Optional.empty());
    }

    public ChildNodeOptions withJavaExecutable(Path java) {
        return new ChildNodeOptions(dataDir, java, classpath, maxHeap, startupTimeout, httpPort, membership);
    }

    public ChildNodeOptions withMaxHeap(String heap) {
        return new ChildNodeOptions(dataDir, javaExecutable, classpath, heap, startupTimeout, httpPort, membership);
    }

    public ChildNodeOptions withStartupTimeout(Duration timeout) {
        return new ChildNodeOptions(dataDir, javaExecutable, classpath, maxHeap, timeout, httpPort, membership);
    }

    /** The HTTP port the node must bind (0: any free one). */
    public ChildNodeOptions withHttpPort(int port) {
        return new ChildNodeOptions(dataDir, javaExecutable, classpath, maxHeap, startupTimeout, port, membership);
    }

    /** The same node with its own directory, e.g. one of a cluster's under the cluster's directory. */
    public ChildNodeOptions withDataDir(Path dir) {
        return new ChildNodeOptions(dir, javaExecutable, classpath, maxHeap, startupTimeout, httpPort, membership);
    }

    /** A node of a cluster of several rather than a node alone. */
    public ChildNodeOptions withMembership(ClusterMembership member) {
        return new ChildNodeOptions(dataDir, javaExecutable, classpath, maxHeap, startupTimeout, httpPort, Optional.of(member));
    }

    private static Path currentJava() {
        return ProcessHandle.current().info().command()
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    private static List<Path> jarsIn(Path libDir) {
        try (Stream<Path> files = Files.list(libDir)) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) {
                throw new IllegalArgumentException("No jars in " + libDir + ": is the node zip unpacked there?");
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the node's jars in " + libDir + ": " + e.getMessage(), e);
        }
    }
}
