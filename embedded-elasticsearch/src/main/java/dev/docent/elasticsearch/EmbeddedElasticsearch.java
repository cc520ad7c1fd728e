package dev.docent.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.lucene.store.LockObtainFailedException;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.EmbeddedNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * A real Elasticsearch node in this JVM, listening on 127.0.0.1 on an ephemeral HTTP port: alone
 * (a single-node cluster), or one node of a cluster of several ({@link ClusterMembership}).
 *
 * <p>Everything lives under the data directory: {@code data/} (indices and cluster state, kept
 * across restarts), {@code logs/elasticsearch.log}. Nothing is written to stdout. The JVM needs
 * {@code --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED}.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(EmbeddedElasticsearch.class);
    private static final List<Class<? extends Plugin>> PLUGINS =
            List.of(Netty4Plugin.class, EnglishAnalysisPlugin.class, RootInfoPlugin.class);
    private static final TimeValue READY_TIMEOUT = TimeValue.timeValueSeconds(60);

    private final Node node;
    private final URI httpUri;

    private EmbeddedElasticsearch(Node node, URI httpUri) {
        this.node = node;
        this.httpUri = httpUri;
    }

    /**
     * Starts a node on {@code dataDir} and returns once its existing indices are readable.
     *
     * <p>Synchronized because starting sets JVM-wide state (log4j's configuration, a system property).
     *
     * @throws EmbeddedElasticsearchException with a one-line reason, e.g. when another node
     *         already holds the directory
     */
    public static synchronized EmbeddedElasticsearch start(Path dataDir) {
        return start(dataDir, 0);
    }

    /**
     * The same on a given HTTP port (0: any free one): a node restarted after a crash comes back
     * where its clients look for it.
     */
    public static synchronized EmbeddedElasticsearch start(Path dataDir, int httpPort) {
        return start(dataDir, httpPort, Optional.empty());
    }

    /**
     * The same as a node of a cluster of several, which returns once the cluster has elected a
     * master and this node's indices are readable; alone when {@code membership} is empty.
     */
    public static synchronized EmbeddedElasticsearch start(Path dataDir, int httpPort, Optional<ClusterMembership> membership) {
        Path home = NodeLayout.home(dataDir);
        Path logs = NodeLayout.logs(home);
        createDirectories(logs);
        NodeLogFile.configure(logs);
        // Read by the native-library lookup, which has no other way to find the home directory.
        System.setProperty("es.path.home", home.toString());

        Settings settings = settings(home, logs, httpPort, membership);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "docent");
        Node node;
        try {
            node = new EmbeddedNode(environment, PLUGINS);
        } catch (RuntimeException e) {
            throw failure(home, e);
        }
        try {
            node.start();
            awaitReadableIndices(node);
            return new EmbeddedElasticsearch(node, URI.create("http://127.0.0.1:" + httpPort(node)));
        } catch (NodeValidationException | RuntimeException e) {
            closeQuietly(node, e);
            throw failure(home, e);
        }
    }

    /** The HTTP address, e.g. {@code http://127.0.0.1:54321}. */
    public URI httpUri() {
        return httpUri;
    }

    @Override
    public void close() {
        try {
            node.close();
            if (node.awaitClose(30, TimeUnit.SECONDS) == false) {
                LOG.warn("Elasticsearch did not finish closing within 30 seconds");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close Elasticsearch: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Settings settings(Path home, Path logs, int httpPort, Optional<ClusterMembership> membership) {
        Settings.Builder settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", NodeLayout.indices(home).toString())
                .put("path.logs", logs.toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", Integer.toString(httpPort))
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // A laptop's nearly full disk must not turn every index read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false);
        membership.ifPresentOrElse(member -> settings
                        .put("cluster.name", member.clusterName())
                        .put("node.name", member.nodeName())
                        .put("transport.port", Integer.toString(member.transportPort()))
                        .putList("discovery.seed_hosts", member.seedHosts())
                        .putList("cluster.initial_master_nodes", member.initialMasterNodes()),
                () -> settings
                        .put("cluster.name", "docent")
                        .put("node.name", "docent")
                        .put("transport.port", "0")
                        .put("discovery.type", "single-node"));
        return settings.build();
    }

    /**
     * After a restart, primaries are still recovering when the node starts: waiting for yellow
     * means the first search of a caller finds its documents instead of a shard failure.
     */
    private static void awaitReadableIndices(Node node) {
        ClusterHealthResponse health = node.client().admin().cluster()
                .prepareHealth(READY_TIMEOUT)
                .setWaitForYellowStatus()
                .setTimeout(READY_TIMEOUT)
                .get();
        if (health.isTimedOut()) {
            LOG.warn("Some indices are still unavailable after {}: cluster health is {}", READY_TIMEOUT, health.getStatus());
        }
    }

    private static int httpPort(Node node) {
        return node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    }

    private static EmbeddedElasticsearchException failure(Path home, Exception e) {
        LOG.error("Elasticsearch could not start on {}", home, e);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockObtainFailedException) {
                return new EmbeddedElasticsearchException("another Docent is already using " + home, e);
            }
        }
        return new EmbeddedElasticsearchException("Elasticsearch could not start on " + home + ": " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private static void closeQuietly(Node node, Exception failure) {
        try {
            node.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EmbeddedElasticsearchException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
    }
}
