package dev.docent.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.platform.FakeSlack;
import dev.docent.app.platform.FakeSlack.Call;
import dev.docent.core.desk.Answerer;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.elasticsearch.KillableCluster;
import dev.docent.testing.Await;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Docent replicas behind one Slack app (HTTP mode, same configuration, different ports) on the
 * three-node cluster: Slack's redeliveries and the admins' commands may reach either. Written once,
 * run on every kind of cluster: child JVMs here, the official images wherever Docker runs.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReplicasContract {

    private FakeSlack slack;
    private SlackQuestions questions;
    private Replica a;
    private Replica b;
    private Path docs;
    private List<URI> nodes;

    @BeforeAll
    void start(KillableCluster cluster, @TempDir Path folder) throws IOException {
        docs = ClusterDocs.write(folder, 8);
        nodes = cluster.httpUris();
        slack = ClusterDocs.slack();
        questions = new SlackQuestions(slack);
        a = replica(answerer -> answerer);
        b = replica(answerer -> answerer);
        a.runtime().indexer().index(ClusterDocs.KNOWLEDGE_BASE, ClusterDocs.source(docs), ReindexListener.NONE);
    }

    @AfterAll
    void stop() {
        ClusterDocs.closeAll(a, b, slack);
    }

    @Test
    void slackRetryToTheOtherReplicaIsAnsweredOnce() {
        double duplicatesBefore = a.events("duplicate") + b.events("duplicate");

        String ts = questions.ask(a, "C_RETRY", "EvRetry");
        questions.deliver(b, "C_RETRY", ts, "EvRetry", 1);
        questions.deliver(a, "C_RETRY", ts, "EvRetry", 2);

        assertThat(questions.reply("C_RETRY", ts, 1)).contains(ClusterDocs.ANSWERED);
        Await.until("both redeliveries judged duplicates", () -> a.events("duplicate") + b.events("duplicate") - duplicatesBefore == 2);
        assertThat(questions.placeholders("C_RETRY", ts)).hasSize(1);
        assertThat(questions.replies("C_RETRY", ts)).hasSize(1);
    }

    @Test
    void aReplicaThatDiesMidAnswerLeavesTheQuestionToTheOtherAndTheAskerGetsOneAnswer() {
        CountDownLatch midAnswer = new CountDownLatch(1);
        try (Replica doomed = replica(answerer -> question -> {
            midAnswer.countDown();
            stuckForEver();
            return answerer.answer(question);
        })) {
            String ts = questions.ask(doomed, "C_CRASH", "EvCrash");
            questions.placeholder("C_CRASH", ts);
            Await.until("the doomed replica to be working out the answer", () -> midAnswer.getCount() == 0);

            doomed.crash();
            // Its acknowledgement never reached Slack: Slack delivers the event again, and the load balancer picks b.
            questions.deliver(b, "C_CRASH", ts, "EvCrash", 1);

            assertThat(questions.reply("C_CRASH", ts, 2)).contains(ClusterDocs.ANSWERED);
            assertThat(b.events("taken_over")).isEqualTo(1);
            assertThat(questions.replies("C_CRASH", ts)).as("one answer; the dead replica's placeholder is never replaced")
                    .hasSize(1);
        }
    }

    @Test
    void twoReplicasAskedToReindexTheSameKnowledgeBaseRunItOnceAndTheOtherSaysSo() {
        slack.holdIn("chat.update", "C_REINDEX_A");
        try {
            a.slack().command("C_REINDEX_A", ClusterDocs.ADMIN, "reindex " + ClusterDocs.KNOWLEDGE_BASE, slack.responseUrl("reindex-a"));
            // a's run holds the knowledge base while its progress report waits on Slack
            slack.awaitHeld(c -> c.param("channel").equals("C_REINDEX_A"));

            b.slack().command("C_REINDEX_B", ClusterDocs.ADMIN, "reindex " + ClusterDocs.KNOWLEDGE_BASE, slack.responseUrl("reindex-b"));

            Call refused = slack.awaitOne(c -> c.method().equals("chat.update") && c.param("channel").equals("C_REINDEX_B"));
            assertThat(refused.visibleText()).contains("Reindexing *" + ClusterDocs.KNOWLEDGE_BASE + "* failed")
                    .contains("is being reindexed by").contains("try again when it is done");
        } finally {
            slack.release("chat.update", "C_REINDEX_A");
        }
        slack.awaitOne(c -> c.method().equals("chat.update") && c.param("channel").equals("C_REINDEX_A")
                && c.param("text").contains("Reindexed *" + ClusterDocs.KNOWLEDGE_BASE + "*"));
        assertThat(slack.calls("chat.update")).filteredOn(c -> c.param("text").contains("Reindexed *")).hasSize(1);
    }

    private Replica replica(UnaryOperator<Answerer> around) {
        return Replica.start(nodes, slack, ClusterDocs.config(docs), docs, around);
    }

    /** What a killed process's thread does from then on: nothing, interrupted or not. */
    private static void stuckForEver() {
        while (true) {
            LockSupport.park();
            Thread.interrupted();
        }
    }
}
