package dev.docent.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.platform.FakeSlack;
import dev.docent.app.platform.FakeSlack.Call;
import dev.docent.app.platform.SignedRequests;
import dev.docent.slack.render.Replies;
import java.util.List;

/** Askers mentioning Docent in the fake Slack workspace, and what Docent replies in their threads. */
final class SlackQuestions {

    private final FakeSlack slack;

    SlackQuestions(FakeSlack slack) {
        this.slack = slack;
    }

    /** Someone asks {@link ClusterDocs#QUESTION} in {@code channel}; Slack delivers the mention to {@code replica}. Returns the thread. */
    String ask(Replica replica, String channel, String eventId) {
        String ts = slack.said(channel, null, ClusterDocs.ASKER, "<@" + FakeSlack.BOT_USER + "> " + ClusterDocs.QUESTION);
        deliver(replica, channel, ts, eventId, 0);
        return ts;
    }

    /** Slack delivers the mention of thread {@code ts} (again, when {@code retry} is above 0) to {@code replica}. */
    void deliver(Replica replica, String channel, String ts, String eventId, int retry) {
        int status = replica.slack().event(eventId, SignedRequests.mention(channel, ClusterDocs.ASKER, ClusterDocs.QUESTION, ts, null),
                retry).statusCode();
        assertThat(status).as("Docent acknowledges delivery %d of %s", retry, eventId).isEqualTo(200);
    }

    /** The "working on it" placeholders Docent posted in the thread so far. */
    List<Call> placeholders(String channel, String ts) {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> c.param("channel").equals(channel) && c.param("thread_ts").equals(ts) && c.param("text").equals(Replies.WORKING))
                .toList();
    }

    /** Waits for the thread's first placeholder. */
    Call placeholder(String channel, String ts) {
        return slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(channel)
                && c.param("thread_ts").equals(ts) && c.param("text").equals(Replies.WORKING));
    }

    /** Waits for what replaced the thread's {@code n}-th placeholder (from 1), and returns what it shows. */
    String reply(String channel, String ts, int n) {
        Call placeholder = slack.await(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(channel)
                && c.param("thread_ts").equals(ts) && c.param("text").equals(Replies.WORKING), n).get(n - 1);
        return slack.awaitOne(c -> c.method().equals("chat.update") && c.param("channel").equals(channel)
                && c.param("ts").equals(placeholder.postedTs())).visibleText();
    }

    /** Every reply in the thread that replaced a placeholder: answers and notices. */
    List<String> replies(String channel, String ts) {
        List<String> placeholders = placeholders(channel, ts).stream().map(Call::postedTs).toList();
        return slack.calls("chat.update").stream()
                .filter(c -> c.param("channel").equals(channel) && placeholders.contains(c.param("ts")))
                .map(Call::visibleText).toList();
    }
}
