package dev.docent.lab.bench.serve;

import dev.docent.app.cli.DocentCommand;
import dev.docent.app.runtime.NodeLibrary;
import dev.docent.app.runtime.Settings;
import dev.docent.core.elasticsearch.ElasticsearchUnavailableException;
import dev.docent.elasticsearch.ChildNodeOptions;
import dev.docent.elasticsearch.EmbeddedCluster;
import dev.docent.elasticsearch.EmbeddedElasticsearchException;
import dev.docent.elasticsearch.FreePorts;
import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Docent as a deployment runs it: {@code docent serve} replicas, each a process of its own with the
 * same configuration on its own port, in Slack's HTTP mode against the fake Slack in this process,
 * in front of an Elasticsearch cluster of child JVMs this process starts (or ES_URL's). The first
 * replica indexes the bundled sample when there is no knowledge base yet, as {@code serve} does;
 * the others start once it serves.
 */
final class ReplicaStack implements ServingStack {

    private static final Duration NODE_PATIENCE = Duration.ofMinutes(3);
    private static final String REPLICA_HEAP = "512m";

    private final Optional<EmbeddedCluster> cluster;
    private final FakeSlackApi slack;
    private final List<ReplicaProcess> replicas;
    private final SignedMentions mentions;
    private final boolean answerCacheOn;

    private ReplicaStack(Optional<EmbeddedCluster> cluster, FakeSlackApi slack, List<ReplicaProcess> replicas,
                         SignedMentions mentions, boolean answerCacheOn) {
        this.cluster = cluster;
        this.slack = slack;
        this.replicas = replicas;
        this.mentions = mentions;
        this.answerCacheOn = answerCacheOn;
    }

    /** @param nodes the size of the cluster to start; ignored with ES_URL, which names the cluster to use */
    static ReplicaStack start(DocentCommand root, int replicaCount, int nodes, PrintStream err) throws IOException {
        Settings settings = root.settings();
        Optional<EmbeddedCluster> cluster = Optional.empty();
        List<URI> elasticsearch = settings.elasticsearchUrls();
        if (elasticsearch.isEmpty()) {
            err.printf("Starting %d Elasticsearch node(s)...%n", nodes);
            cluster = Optional.of(startCluster(settings, nodes));
            elasticsearch = cluster.get().httpUris();
        }
        FakeSlackApi slack = null;
        List<ReplicaProcess> replicas = new ArrayList<>();
        try {
            slack = FakeSlackApi.start();
            Map<String, String> environment = environment(settings, elasticsearch, slack);
            List<Integer> ports = FreePorts.take(replicaCount);
            Path logs = settings.home().resolve("bench");
            err.printf("Starting %d Docent replica(s) (logs under %s)...%n", replicaCount, logs);
            replicas.add(ReplicaProcess.start(environment, ports.getFirst(), REPLICA_HEAP, logs.resolve("replica-1.log")));
            List<CompletableFuture<ReplicaProcess>> others = new ArrayList<>();
            for (int i = 1; i < replicaCount; i++) {
                int index = i;
                others.add(CompletableFuture.supplyAsync(() -> ReplicaProcess.start(environment, ports.get(index), REPLICA_HEAP,
                        logs.resolve("replica-" + (index + 1) + ".log"))));
            }
            others.forEach(replica -> replicas.add(replica.join()));
            SignedMentions mentions = new SignedMentions(replicas.stream()
                    .map(r -> URI.create("http://127.0.0.1:" + r.port() + "/slack/events")).toList(),
                    environment.get("SLACK_SIGNING_SECRET"));
            return new ReplicaStack(cluster, slack, replicas, mentions, root.config().cache().enabled());
        } catch (RuntimeException e) {
            replicas.forEach(ReplicaProcess::close);
            if (slack != null) {
                slack.close();
            }
            cluster.ifPresent(EmbeddedCluster::close);
            throw e;
        }
    }

    private static EmbeddedCluster startCluster(Settings settings, int nodes) {
        try {
            return EmbeddedCluster.start("docent-bench", nodes,
                    ChildNodeOptions.forLibDirectory(settings.home().resolve("bench").resolve("cluster-" + nodes), NodeLibrary.of(settings))
                            .withMaxHeap(settings.nodeHeap()).withStartupTimeout(NODE_PATIENCE));
        } catch (EmbeddedElasticsearchException e) {
            throw new ElasticsearchUnavailableException("The benchmark's cluster did not start: " + e.getMessage(), e);
        }
    }

    /**
     * This process's environment (DOCENT_CONFIG, DOCENT_HOME...), with Slack in HTTP mode on the fake
     * and a signing secret of this run, ES_URL naming every node, and no Discord.
     */
    private static Map<String, String> environment(Settings settings, List<URI> elasticsearch, FakeSlackApi slack) {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove("DISCORD_TOKEN");
        environment.remove("SLACK_APP_TOKEN");
        environment.put("ES_URL", elasticsearch.stream().map(URI::toString).collect(Collectors.joining(",")));
        environment.put("DOCENT_HOME", settings.home().toString());
        settings.configFile().ifPresent(file -> environment.put("DOCENT_CONFIG", file.toAbsolutePath().toString()));
        environment.put("SLACK_BOT_TOKEN", "xoxb-bench");
        environment.put("SLACK_SIGNING_SECRET", HexFormat.of().formatHex(random));
        environment.put("SLACK_API_URL", slack.apiUrl());
        return environment;
    }

    @Override
    public FakeSlackApi slack() {
        return slack;
    }

    @Override
    public SignedMentions mentions() {
        return mentions;
    }

    @Override
    public int healthPort() {
        return replicas.getFirst().port();
    }

    /** This process (the fake Slack and the askers), each replica, each node of the cluster this process started. */
    @Override
    public List<WatchedProcess> processes() {
        List<WatchedProcess> processes = new ArrayList<>();
        processes.add(WatchedProcess.of("bench", ProcessHandle.current().pid()));
        for (int i = 0; i < replicas.size(); i++) {
            processes.add(WatchedProcess.of("replica-" + (i + 1), replicas.get(i).pid()));
        }
        cluster.ifPresent(nodes -> {
            for (int i = 0; i < nodes.size(); i++) {
                int index = i;
                processes.add(new WatchedProcess("es " + nodes.name(i),
                        () -> ProcessHandle.of(nodes.pid(index)).filter(ProcessHandle::isAlive)));
            }
        });
        return processes;
    }

    /** Each replica counts its own cache hits. */
    @Override
    public Optional<Counter> cacheCounter(String result) {
        return Optional.empty();
    }

    @Override
    public boolean answerCacheOn() {
        return answerCacheOn;
    }

    @Override
    public void close() {
        CompletableFuture.allOf(replicas.stream().map(r -> CompletableFuture.runAsync(r::close)).toArray(CompletableFuture[]::new))
                .join();
        slack.close();
        cluster.ifPresent(EmbeddedCluster::close);
    }
}
