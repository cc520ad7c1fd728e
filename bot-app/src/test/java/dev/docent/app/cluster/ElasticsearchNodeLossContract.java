package dev.docent.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.cat.shards.ShardsRecord;
import dev.docent.app.platform.FakeSlack;
import dev.docent.core.desk.Notices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexMode;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.elasticsearch.KillableCluster;
import dev.docent.indexer.lock.ReindexLocks;
import dev.docent.indexer.source.DirectorySource;
import dev.docent.indexer.state.StateIndex;
import dev.docent.slack.render.Replies;
import dev.docent.testing.Await;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A three-node cluster loses a node - {@code kill -9}, while questions arrive or while a knowledge
 * base is rebuilt - with two Docent replicas in front of it in Slack's HTTP mode. Written once, run
 * on every kind of cluster: child JVMs here, the official images wherever Docker runs.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ElasticsearchNodeLossContract {

    /** The cluster notices a dead node within seconds; a node's JVM starts in tens of them on a busy machine. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String TRY_AGAIN = Replies.notice(Notices.FAILED);

    private FakeSlack slack;
    private SlackQuestions questions;
    private Replica a;
    private Replica b;
    private Path docs;
    private ElasticsearchConnection elasticsearch;

    @BeforeAll
    void start(KillableCluster cluster, @TempDir Path folder) throws IOException {
        docs = ClusterDocs.write(folder, 20);
        slack = ClusterDocs.slack();
        questions = new SlackQuestions(slack);
        a = Replica.start(cluster.httpUris(), slack, ClusterDocs.config(docs), docs, answerer -> answerer);
        b = Replica.start(cluster.httpUris(), slack, ClusterDocs.config(docs), docs, answerer -> answerer);
        a.runtime().indexer().index(ClusterDocs.KNOWLEDGE_BASE, source(), ReindexListener.NONE);
        elasticsearch = ElasticsearchConnection.open(cluster.httpUris(), Optional.empty());
    }

    @AfterAll
    void stop() {
        ClusterDocs.closeAll(a, b, slack, elasticsearch);
    }

    @Test
    void everyShardOfDocentsIndicesHasACopyOnAnotherNode() {
        Map<String, List<ShardsRecord>> copies = shards("docent-*").stream()
                .collect(Collectors.groupingBy(s -> s.index() + "/" + s.shard()));

        assertThat(copies.keySet()).anyMatch(s -> s.startsWith(KnowledgeBaseIndices.alias(ClusterDocs.KNOWLEDGE_BASE)))
                .anyMatch(s -> s.startsWith("docent-events/")).anyMatch(s -> s.startsWith("docent-answers/"))
                .anyMatch(s -> s.startsWith(StateIndex.NAME + "/"));
        assertThat(copies.values()).allSatisfy(shard -> {
            assertThat(shard).extracting(ShardsRecord::prirep).containsExactlyInAnyOrder("p", "r");
            assertThat(shard).extracting(ShardsRecord::state).containsOnly("STARTED");
            assertThat(shard).extracting(ShardsRecord::node).doesNotHaveDuplicates();
        });
    }

    @Test
    void questionsAreStillAnsweredWhenANodeIsKilledAndHealthSaysDegradedUntilItIsBack(KillableCluster cluster) {
        String before = questions.ask(a, "C_BEFORE", "EvBefore");
        assertThat(questions.reply("C_BEFORE", before, 1)).contains(ClusterDocs.ANSWERED);
        assertThat(List.of(a.elasticsearchHealth(), b.elasticsearchHealth())).containsOnly("up");

        List<String> threads = new ArrayList<>();
        int master = masterNode(cluster);
        for (int i = 0; i < 12; i++) {
            if (i == 4) {
                cluster.kill(master); // the elected master: a new one is elected while questions are in flight
            }
            threads.add(questions.ask(i % 2 == 0 ? a : b, "C_KILL_" + i, "EvKill" + i));
        }

        for (int i = 0; i < threads.size(); i++) {
            assertThat(questions.reply("C_KILL_" + i, threads.get(i), 1)).as("question %d gets an answer or a clear try-again", i)
                    .satisfiesAnyOf(reply -> assertThat(reply).contains(ClusterDocs.ANSWERED), reply -> assertThat(reply).contains(TRY_AGAIN));
        }
        Await.until(PATIENCE, () -> a.elasticsearchHealth().equals("degraded") && b.elasticsearchHealth().equals("degraded"),
                () -> "health never said degraded: " + a.health() + " / " + b.health());
        assertThat(a.health().path("status").asText()).isEqualTo("degraded");
        assertThat(a.health().path("reasons").path("elasticsearch").asText()).contains("yellow");
        String whileDegraded = questions.ask(b, "C_DEGRADED", "EvDegraded");
        assertThat(questions.reply("C_DEGRADED", whileDegraded, 1)).contains(ClusterDocs.ANSWERED);

        cluster.restart(master);

        Await.until(PATIENCE, () -> a.elasticsearchHealth().equals("up") && b.elasticsearchHealth().equals("up"),
                () -> "health never said up again: " + a.health() + " / " + b.health());
        String after = questions.ask(a, "C_AFTER", "EvAfter");
        assertThat(questions.reply("C_AFTER", after, 1)).contains(ClusterDocs.ANSWERED);
    }

    @Test
    void aNodeKilledDuringARebuildLosesNothingAndTheNextRebuildSucceeds(KillableCluster cluster) {
        String alias = KnowledgeBaseIndices.alias(ClusterDocs.KNOWLEDGE_BASE);
        Set<String> servedBefore = served(alias);
        long passages = count(alias);
        List<String> seenDuringTheRun = new ArrayList<>();
        int[] killed = {-1};

        ReindexSummary summary = null;
        RuntimeException failure = null;
        try {
            summary = a.runtime().indexer().index(ClusterDocs.KNOWLEDGE_BASE, source(), ReindexMode.REBUILD, progress -> {
                if (killed[0] < 0 && progress.documentsDone() >= 2) {
                    // the node that holds the new index's primary, while that index is being written
                    killed[0] = nodeHoldingPrimaryOfNewIndex(cluster, alias, servedBefore);
                    cluster.kill(killed[0]);
                    seenDuringTheRun.add(served(alias) + " " + count(alias));
                }
            });
        } catch (RuntimeException e) {
            failure = e;
        }

        assertThat(killed[0]).as("a node was killed during the rebuild").isNotNegative();
        assertThat(seenDuringTheRun).as("readers kept the old index, whole, while the node died")
                .containsExactly(servedBefore + " " + passages);
        if (failure != null) {
            assertThat(served(alias)).as("a failed rebuild leaves the old index served").isEqualTo(servedBefore);
        } else {
            assertThat(summary.failures()).as("a rebuild that succeeded wrote everything").isEmpty();
        }
        assertThat(count(alias)).as("nothing lost, whichever way the rebuild ended").isEqualTo(passages);

        ReindexLocks locks = new ReindexLocks(new StateIndex(elasticsearch), Clock.systemUTC(), Duration.ofSeconds(15), "test");
        Await.until(PATIENCE, () -> locks.holderOf(ClusterDocs.KNOWLEDGE_BASE).isEmpty(), () -> "the reindex lock was never freed");
        ReindexSummary next = b.runtime().indexer().index(ClusterDocs.KNOWLEDGE_BASE, source(), ReindexMode.REBUILD, ReindexListener.NONE);

        assertThat(next.failures()).isEmpty();
        assertThat(count(alias)).isEqualTo(passages);
        assertThat(served(alias)).isNotEqualTo(servedBefore);
        assertThat(versions(alias)).as("no version left behind but the one served").isEqualTo(served(alias));
    }

    private DirectorySource source() {
        return ClusterDocs.source(docs);
    }

    private int masterNode(KillableCluster cluster) {
        String name = elasticsearch.call(c -> c.cat().master()).masters().getFirst().node();
        return nodeIndex(cluster, name);
    }

    private int nodeHoldingPrimaryOfNewIndex(KillableCluster cluster, String alias, Set<String> served) {
        ShardsRecord primary = shards(alias + "-*").stream()
                .filter(s -> !served.contains(s.index()) && "p".equals(s.prirep()))
                .findFirst().orElseThrow(() -> new AssertionError("no new index is being written"));
        return nodeIndex(cluster, primary.node());
    }

    private static int nodeIndex(KillableCluster cluster, String name) {
        for (int i = 0; i < cluster.size(); i++) {
            if (cluster.name(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no node named " + name);
    }

    private List<ShardsRecord> shards(String indices) {
        return elasticsearch.call(c -> c.cat().shards(s -> s.index(indices))).shards();
    }

    private Set<String> served(String alias) {
        return elasticsearch.call(c -> c.indices().getAlias(g -> g.name(alias))).aliases().keySet();
    }

    private Set<String> versions(String alias) {
        return elasticsearch.call(c -> c.indices().get(g -> g.index(alias + "-*"))).indices().keySet();
    }

    private long count(String alias) {
        return elasticsearch.call(c -> c.count(r -> r.index(alias))).count();
    }
}
