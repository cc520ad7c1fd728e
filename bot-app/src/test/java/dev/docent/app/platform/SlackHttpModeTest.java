package dev.docent.app.platform;

import ch.qos.logback.classic.Level;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.docent.app.CapturedLogs;
import dev.docent.app.SampleFixture;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.config.KnowledgeBaseConfig.Audience;
import dev.docent.app.config.KnowledgeBaseConfig;
import dev.docent.app.config.SourceConfig;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.platform.FakeSlack.Call;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.app.server.DocentService;
import dev.docent.core.desk.Notices;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.feedback.Feedback;
import dev.docent.core.feedback.Vote;
import dev.docent.core.insights.GapGroup;
import dev.docent.core.insights.GapQuery;
import dev.docent.core.insights.GapReport;
import dev.docent.core.insights.Period;
import dev.docent.core.insights.Scope;
import dev.docent.core.question.Visibility;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.tenant.Admins;
import dev.docent.core.tenant.ChannelConfig;
import dev.docent.core.tenant.EscalationTarget;
import dev.docent.core.tenant.TenantConfig;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.indexer.source.DirectorySource;
import dev.docent.slack.SlackSettings;
import dev.docent.slack.escalation.SaveAsAnswer;
import dev.docent.slack.render.Replies;
import dev.docent.slack.render.SlackAnswerRenderer;
import dev.docent.testing.Await;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static dev.docent.app.platform.FakeSlack.method;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docent in Slack's HTTP mode, end to end: the real Bolt behind Docent's HTTP server, signed
 * requests with the real clock, a fake Slack Web API that records every call, and the real
 * embedded Elasticsearch with the sample knowledge base and an internal runbook.
 */
@EmbeddedElasticsearchTest
class SlackHttpModeTest {

    private static final String SECRET = "signing-secret-for-tests";
    private static final String SUPPORT = "C_SUPPORT";
    private static final String PUBLIC = "C_PUBLIC";
    private static final String ESCALATIONS = "C_ESCALATIONS";
    private static final String ASKER = "UASKER";
    private static final String ADMIN = "UADMIN";
    private static final String ONCALL = "UONCALL";
    private static final String RUNBOOKS = "slack-runbooks";
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(100);
    private static final String REINDEXED = "slack-reindexed";
    private static final int REINDEXED_DOCUMENTS = 16;
    private static final String ROTATE = "how do I rotate the webhook signing secret?";
    private static final String RUNBOOK_QUESTION =
            "Which internal admin console do on-call engineers use to drain the webhook retry queue?";

    private static DocentRuntime runtime;
    private static FakeSlack slack;
    private static DocentConfig config;
    private static DocentService service;
    private static final AtomicReference<MeterRegistry> metrics = new AtomicReference<>();
    private static SignedRequests requests;
    private static Path reindexFolder;

    @BeforeAll
    static void start(ElasticsearchEndpoint elasticsearch, @TempDir Path runbooks, @TempDir Path reindexed) throws Exception {
        Files.writeString(runbooks.resolve("webhook-outage.md"), """
                # Webhook outage runbook

                ## Drain the retry queue

                When webhook deliveries pile up, page the on-call engineer. Then drain the retry
                queue from the internal admin console at admin.formwell.internal, queue "hooks-retry".
                """);
        for (int i = 1; i <= REINDEXED_DOCUMENTS; i++) {
            Files.writeString(reindexed.resolve("page-" + i + ".md"), "# Page " + i + "\n\n## Setup\n\n"
                    + ("Step " + i + " of the setup explains where the settings live and how to change them. ").repeat(8)
                    + "\n\n## Limits\n\n" + ("Limit " + i + " says how much each plan allows per month. ").repeat(8));
        }
        reindexFolder = reindexed;
        runtime = SampleFixture.runtimeWithSample(elasticsearch.uri());
        runtime.indexer().index(RUNBOOKS, new DirectorySource(runbooks, "https://runbooks.formwell.internal"),
                ReindexListener.NONE);
        slack = FakeSlack.start();
        slack.user(ASKER, "Dana Asker", false);
        slack.user(ADMIN, "Ada Admin", false);
        slack.userGroup("S0ADMINS", ADMIN);
        slack.user(ONCALL, "Oona Oncall", false);
        slack.userGroup("S0ONCALL", ONCALL);
        config = DocentConfig.empty()
                .withKnowledgeBases(Map.of(SampleKnowledgeBase.NAME, KnowledgeBaseConfig.of(Audience.PUBLIC),
                        RUNBOOKS, KnowledgeBaseConfig.of(Audience.INTERNAL),
                        // Admins reindex a small folder: the whole sample takes half a minute to embed on 2 cores.
                        REINDEXED, KnowledgeBaseConfig.of(Audience.PUBLIC,
                                SourceConfig.directory(reindexFolder.toString(), "https://kb.example"))))
                .withTenants(Map.of(FakeSlack.TEAM, new TenantConfig("Support", List.of(SampleKnowledgeBase.NAME, RUNBOOKS, REINDEXED), null,
                        Map.of(PUBLIC, new ChannelConfig(null, Visibility.PUBLIC)),
                        new Admins(List.of(), List.of("S0ADMINS")),
                        new EscalationTarget(ESCALATIONS, "S0ONCALL"))));
        service = startReplica(metrics);
        requests = new SignedRequests(URI.create("http://127.0.0.1:" + service.port() + "/slack/events"), SECRET);
    }

    /** One Docent replica: its own HTTP server and Slack platform, on the shared Elasticsearch. */
    private static DocentService startReplica(AtomicReference<MeterRegistry> registry) {
        SlackSettings settings = SlackSettings.fromEnvironment(Map.of(
                        "SLACK_BOT_TOKEN", "xoxb-test", "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", slack.apiUrl()))
                .orElseThrow().withProgressInterval(PROGRESS_INTERVAL);
        return DocentService.start("127.0.0.1", 0, runtime.elasticsearch(),
                (desk, metrics) -> List.of(SlackPlatforms.platform(settings, desk, metrics)),
                m -> {
                    registry.set(m);
                    return runtime.supportDesk(config, new SourceFactory(reindexFolder, reindexFolder.resolve(".git-checkouts")), m);
                });
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (slack != null) {
            slack.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void mentionIsAnsweredInItsThreadWithNumberedSources() {
        String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + ROTATE);
        HttpResponse<String> ack = requests.event("EvMention1", SignedRequests.mention(SUPPORT, ASKER, ROTATE, ts, null), 0);

        assertThat(ack.statusCode()).isEqualTo(200);
        Call placeholder = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts));
        assertThat(placeholder.param("channel")).isEqualTo(SUPPORT);
        assertThat(placeholder.param("text")).isEqualTo(Replies.WORKING);
        Call answer = answerTo(placeholder);
        String text = answer.visibleText();
        assertThat(text).contains("Roll secret").contains("[1]").contains("*Sources*")
                .containsPattern("\\[1] <https://docs\\.formwell\\.example/api/webhook-signatures-and-retries#[^|]+\\|"
                        + "Webhook signatures and retries &gt; [^>]+>");
        assertThat(answer.buttonValues()).hasSize(3).allMatch(id -> id.equals(answer.buttonValues().getFirst()));
    }

    @Test
    void directMessageIsAnsweredInTheDirectMessage() {
        String ts = slack.said("D_DANA", null, ASKER, ROTATE);
        requests.event("EvDm1", SignedRequests.message("D_DANA", "im", ASKER, ROTATE, ts, null), 0);

        Call placeholder = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("channel").equals("D_DANA"));
        assertThat(placeholder.param("thread_ts")).isEmpty();
        assertThat(answerTo(placeholder).visibleText()).contains("Roll secret").contains("*Sources*");
    }

    @Test
    void threadFollowUpByTheAskerIsAnsweredWithTheThreadAsContextOthersAreLeftAlone() {
        String root = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + ROTATE);
        requests.event("EvThread1", SignedRequests.mention(SUPPORT, ASKER, ROTATE, root, null), 0);
        answerTo(slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(root)));

        String chatter = slack.said(SUPPORT, root, "UOTHER", "thanks, I'll try that later");
        requests.event("EvThread2", SignedRequests.message(SUPPORT, "channel", "UOTHER", "thanks, I'll try that later",
                chatter, root), 0);
        slack.await(c -> c.method().equals("conversations.replies") && c.param("ts").equals(root), 1);
        String followUp = "and how long does the old secret stay valid?";
        String followUpTs = slack.said(SUPPORT, root, ASKER, followUp);
        requests.event("EvThread3", SignedRequests.message(SUPPORT, "channel", ASKER, followUp, followUpTs, root), 0);

        List<Call> placeholders = slack.await(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(root), 2);
        assertThat(slack.calls("conversations.replies")).filteredOn(c -> c.param("ts").equals(root)).hasSize(2);
        assertThat(answerTo(placeholders.get(1)).visibleText()).contains("24 hours");
        assertThat(slack.calls("chat.postMessage")).filteredOn(c -> c.param("thread_ts").equals(root)).hasSize(2);
    }

    @Test
    void slackRetryDoesNotAnswerTwiceEvenOnAnotherReplica() {
        AtomicReference<MeterRegistry> otherMetrics = new AtomicReference<>();
        try (DocentService other = startReplica(otherMetrics)) {
            SignedRequests toOther = new SignedRequests(URI.create("http://127.0.0.1:" + other.port() + "/slack/events"), SECRET);
            String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + ROTATE);
            requests.event("EvRetry1", SignedRequests.mention(SUPPORT, ASKER, ROTATE, ts, null), 0);
            assertThat(toOther.event("EvRetry1", SignedRequests.mention(SUPPORT, ASKER, ROTATE, ts, null), 1).statusCode())
                    .isEqualTo(200);
            assertThat(requests.event("EvRetry1", SignedRequests.mention(SUPPORT, ASKER, ROTATE, ts, null), 2).statusCode())
                    .isEqualTo(200);

            await(() -> duplicates(metrics.get()) + duplicates(otherMetrics.get()) >= 2);
            answerTo(slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts)));
            assertThat(slack.calls("chat.postMessage")).filteredOn(c -> c.param("thread_ts").equals(ts)).hasSize(1);
        }
    }

    @Test
    void badOrStaleSignatureIsRejectedWith401AndItsTextIsNotLogged() {
        String secretWords = "purple-elephant-" + System.nanoTime();
        String body = SignedRequests.json(Map.of("token", "t", "team_id", FakeSlack.TEAM, "type", "event_callback",
                "event_id", "EvForged", "event", SignedRequests.mention(SUPPORT, ASKER, secretWords, "1.2", null)));
        CapturedLogs logs = CapturedLogs.atInfo();
        try (logs) {
            HttpResponse<String> forged = requests.signedWith(body, "application/json", "not-the-secret", SignedRequests.nowSeconds());
            HttpResponse<String> stale = requests.signedWith(body, "application/json", SECRET, SignedRequests.nowSeconds() - 600);
            HttpResponse<String> garbage = requests.signedWith("not a payload " + secretWords, "text/plain", "not-the-secret",
                    SignedRequests.nowSeconds());

            assertThat(forged.statusCode()).isEqualTo(401);
            assertThat(stale.statusCode()).isEqualTo(401);
            assertThat(garbage.statusCode()).isEqualTo(401);
        }
        assertThat(logs.events()).anyMatch(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().contains("bad or stale signature"));
        assertThat(logs.mention(secretWords)).isFalse();
        assertThat(slack.calls()).noneMatch(c -> c.visibleText().contains(secretWords));
    }

    @Test
    void signatureDatedInTheFutureIsRejectedLikeAStaleOne() {
        String body = SignedRequests.json(Map.of("token", "t", "team_id", FakeSlack.TEAM, "type", "event_callback",
                "event_id", "EvFuture", "event", SignedRequests.mention(SUPPORT, ASKER, ROTATE, "1.3", null)));

        HttpResponse<String> future = requests.signedWith(body, "application/json", SECRET, SignedRequests.nowSeconds() + 365L * 24 * 3600);
        HttpResponse<String> soon = requests.signedWith(body, "application/json", SECRET, SignedRequests.nowSeconds() + 400);

        assertThat(future.statusCode()).isEqualTo(401);
        assertThat(soon.statusCode()).isEqualTo(401);
    }

    @Test
    void eventsActionsAndCommandsDocentDoesNotHandleAreAcknowledged() {
        String reaction = SignedRequests.json(Map.of("token", "t", "team_id", FakeSlack.TEAM, "type", "event_callback",
                "event_id", "EvReaction", "event", Map.of("type", "reaction_added", "user", ASKER, "reaction", "tada")));
        Map<String, String> otherCommand = new java.util.LinkedHashMap<>(
                SignedRequests.commandForm(SUPPORT, ASKER, "hello", slack.responseUrl("other-command")));
        otherCommand.put("command", "/weather");

        HttpResponse<String> event = requests.signedWith(reaction, "application/json", SECRET, SignedRequests.nowSeconds());
        HttpResponse<String> action = requests.click("some_other_button", "x", ASKER, SUPPORT, "1.4", null,
                slack.responseUrl("other-action"));
        HttpResponse<String> command = requests.signedWith(SignedRequests.form(otherCommand), "application/x-www-form-urlencoded",
                SECRET, SignedRequests.nowSeconds());

        assertThat(event.statusCode()).isEqualTo(200);
        assertThat(action.statusCode()).isEqualTo(200);
        assertThat(command.statusCode()).isEqualTo(200);
    }

    @Test
    void signedBodyNoListenerUnderstandsIsNeitherLoggedNorAbleToForgeALogLine() {
        String secretWords = "violet-walrus-" + System.nanoTime();
        CapturedLogs logs = CapturedLogs.atInfo();
        try (logs) {
            HttpResponse<String> odd = requests.signedWith("{\"type\":\"mystery\",\"text\":\"" + secretWords
                    + "\\nERROR SlackPlatform Slack token leaked\"}", "application/json", SECRET, SignedRequests.nowSeconds());
            assertThat(odd.statusCode()).isLessThan(500);
        }
        assertThat(logs.mention(secretWords)).isFalse();
    }

    @Test
    void nonAdminReindexIsRefusedToThemAlone() {
        long reindexesBefore = slack.calls("chat.postMessage").stream().filter(c -> c.param("text").contains("Reindexing")).count();
        requests.command(SUPPORT, ASKER, "reindex " + REINDEXED, slack.responseUrl("refusal"));

        Call refusal = slack.awaitOne(c -> c.method().equals("response_url") && c.param("id").equals("refusal"));
        assertThat(refusal.body().get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(refusal.visibleText()).isEqualTo(Notices.NOT_ADMIN);
        // Refused before anything was posted, and nothing after: no reindex started.
        assertThat(slack.calls("chat.postMessage")).filteredOn(c -> c.param("text").contains("Reindexing"))
                .hasSize((int) reindexesBefore);
        assertThat(slack.calls("usergroups.users.list")).anyMatch(c -> c.param("usergroup").equals("S0ADMINS"));
    }

    @Test
    void adminReindexEditsOneProgressMessageThenSummarises() {
        requests.command(SUPPORT, ADMIN, "reindex " + REINDEXED, slack.responseUrl("reindex"));

        Call started = slack.awaitOne(c -> c.method().equals("chat.postMessage")
                && c.param("text").contains("Reindexing *" + REINDEXED + "*"));
        Call summary = slack.awaitOne(c -> c.method().equals("chat.update")
                && c.param("text").contains("Reindexed *" + REINDEXED + "*"));
        List<Call> edits = slack.calls("chat.update").stream()
                .filter(c -> c.param("text").contains("eindex")).toList();

        assertThat(edits).allMatch(c -> c.param("ts").equals(started.postedTs()) && c.param("channel").equals(SUPPORT));
        assertThat(edits.getLast()).isEqualTo(summary);
        assertThat(edits.subList(0, edits.size() - 1)).isNotEmpty()
                .allMatch(c -> c.param("text").matches("(?s).*`[█░]{20}` \\d+%\\n\\d+ of " + REINDEXED_DOCUMENTS
                        + " documents · \\d+ chunks · .*"));
        assertThat(summary.param("text")).containsPattern(
                "in \\d+\\.\\d s: " + REINDEXED_DOCUMENTS + " added, 0 changed, \\d+ removed, 0 unchanged, 0 failed\\.");
        for (int i = 1; i < edits.size(); i++) {
            // The next edit is sent an interval after the previous one returned; 5 ms allow for clock granularity.
            assertThat(Duration.between(edits.get(i - 1).at(), edits.get(i).at()))
                    .isGreaterThanOrEqualTo(PROGRESS_INTERVAL.minusMillis(5));
        }
        assertThat(slack.calls("response_url")).noneMatch(c -> c.param("id").equals("reindex"));
    }

    @Test
    void adminStatusListsTheKnowledgeBasesAndUnknownOnesAreNamed() {
        requests.command(SUPPORT, ADMIN, "status", slack.responseUrl("status"));
        requests.command(SUPPORT, ADMIN, "reindex no-such-kb", slack.responseUrl("unknown-kb"));

        assertThat(slack.awaitOne(c -> c.method().equals("response_url") && c.param("id").equals("status")).visibleText())
                .contains("*sample* (public)").contains("*" + RUNBOOKS + "* (internal)");
        assertThat(slack.awaitOne(c -> c.method().equals("response_url") && c.param("id").equals("unknown-kb")).visibleText())
                .contains("'no-such-kb' is not a knowledge base this channel can reindex").contains(REINDEXED);
    }

    @Test
    void talkToAHumanPostsOneCaseMentioningOnlyTheOnCallGroup() {
        String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + ROTATE);
        requests.event("EvHuman1", SignedRequests.mention(SUPPORT, ASKER, ROTATE, ts, null), 0);
        Call placeholder = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts));
        String answerId = answerTo(placeholder).buttonValues().getFirst();

        requests.click(SlackAnswerRenderer.TALK_TO_HUMAN, answerId, ASKER, SUPPORT, answerTs(placeholder), ts,
                slack.responseUrl("human1"));

        Call escalation = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(ESCALATIONS)
                && c.visibleText().contains(ROTATE));
        assertThat(mentions(escalation.param("text") + escalation.param("blocks"))).containsOnly("<!subteam^S0ONCALL>");
        assertThat(mentions(escalation.visibleText())).containsOnly("<!subteam^S0ONCALL>");
        assertThat(escalation.visibleText())
                .contains("asked by *Dana Asker*")
                .contains(ROTATE)
                .contains("Roll secret")
                .contains("*Intent*: how_to")
                .contains("*Why*: The asker asked to talk to a person.")
                .contains("<https://fake.slack.example/archives/C_SUPPORT/p" + answerTs(placeholder).replace(".", "") + "|");
        Call told = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts)
                && c.param("text").equals(Notices.LOOPED_IN));
        assertThat(told.param("channel")).isEqualTo(SUPPORT);

        requests.click(SlackAnswerRenderer.TALK_TO_HUMAN, answerId, ASKER, SUPPORT, answerTs(placeholder), ts,
                slack.responseUrl("human2"));
        assertThat(slack.awaitOne(c -> c.method().equals("response_url") && c.param("id").equals("human2")).visibleText())
                .isEqualTo(Notices.ALREADY_LOOPED_IN);
        assertThat(slack.calls("chat.postMessage")).filteredOn(c -> c.param("channel").equals(ESCALATIONS)
                && c.visibleText().contains(answerTs(placeholder).replace(".", ""))).hasSize(1);
    }

    @Test
    void requestTheDocsDoNotSettleIsEscalatedByThePolicy() {
        String question = "Please add a dark mode to the form builder, it would help us a lot.";
        String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + question);
        requests.event("EvRequest", SignedRequests.mention(SUPPORT, ASKER, question, ts, null), 0);

        Call answer = answerTo(slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts)));
        assertThat(answer.visibleText()).contains("feature request").doesNotContain("*Sources*");
        Call escalation = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(ESCALATIONS)
                && c.visibleText().contains(question));
        assertThat(escalation.visibleText()).contains("*Why*: ").contains("*Requested by*: Docent");
        slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts)
                && c.param("text").equals(Notices.LOOPED_IN));
    }

    @Test
    void peopleAskingMuchTheSameJoinOneCaseThatCountsThemInsteadOfPagingAgain() {
        String first = "Please add a PDF export of form results, we need it for our audits.";
        String again = "please add a PDF export of form results - we need it for our audits";
        String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + first);
        requests.event("EvSame1", SignedRequests.mention(SUPPORT, ASKER, first, ts, null), 0);
        Call kase = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(ESCALATIONS)
                && c.visibleText().contains(first));
        String laterTs = slack.said(SUPPORT, null, ADMIN, "<@UDOCENT> " + again);
        requests.event("EvSame2", SignedRequests.mention(SUPPORT, ADMIN, again, laterTs, null), 0);

        Call counted = slack.awaitOne(c -> c.method().equals("chat.update") && c.param("channel").equals(ESCALATIONS)
                && c.param("ts").equals(kase.postedTs()));
        Call joined = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(ESCALATIONS)
                && c.param("thread_ts").equals(kase.postedTs()));
        assertThat(counted.visibleText()).contains(first).contains("1 more person asked this");
        assertThat(joined.visibleText()).contains("Also asked by").contains("|open the conversation>");
        assertThat(mentions(joined.param("text"))).isEmpty();
        assertThat(slack.calls("chat.postMessage")).filteredOn(c -> c.param("channel").equals(ESCALATIONS)
                && c.visibleText().contains(again)).isEmpty();
        slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(laterTs)
                && c.param("text").equals(Notices.LOOPED_IN));
    }

    @Test
    void aReplySavedAsTheAnswerAnswersTheNextAskerInPrivateChannelsOnly() {
        String request = "Please add a Klingon translation of the form builder, our club needs it.";
        String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + request);
        requests.event("EvTeach1", SignedRequests.mention(SUPPORT, ASKER, request, ts, null), 0);
        Call kase = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(ESCALATIONS)
                && c.visibleText().contains(request));
        String answer = "Klingon is not planned. Forms can still be translated by hand: duplicate the form and "
                + "retype its questions in Klingon.";
        String replyTs = slack.said(ESCALATIONS, kase.postedTs(), ONCALL, answer);

        requests.shortcut(SaveAsAnswer.CALLBACK_ID, ASKER, ESCALATIONS, replyTs, kase.postedTs(), answer,
                slack.responseUrl("teach-outsider"));
        requests.shortcut(SaveAsAnswer.CALLBACK_ID, ONCALL, ESCALATIONS, replyTs, kase.postedTs(), answer,
                slack.responseUrl("teach"));

        assertThat(slack.awaitOne(c -> c.method().equals("response_url") && c.param("id").equals("teach-outsider"))
                .visibleText()).isEqualTo(Notices.TEACH_NOT_ALLOWED);
        assertThat(slack.awaitOne(c -> c.method().equals("response_url") && c.param("id").equals("teach")).visibleText())
                .isEqualTo(Notices.TAUGHT);

        String paraphrase = "Is the form builder available in Klingon?";
        String privateTs = slack.said(SUPPORT, null, ADMIN, "<@UDOCENT> " + paraphrase);
        requests.event("EvTeach2", SignedRequests.mention(SUPPORT, ADMIN, paraphrase, privateTs, null), 0);
        Call taught = answerTo(slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(privateTs)));
        assertThat(taught.visibleText()).contains("Klingon is not planned").contains("Team answer, ")
                .contains("/archives/" + ESCALATIONS + "/p" + replyTs.replace(".", ""));
        assertThat(slack.calls("chat.postMessage")).noneMatch(c -> c.param("channel").equals(ESCALATIONS)
                && c.visibleText().contains(paraphrase));
        // The answer log is searchable once Elasticsearch refreshes it (within a second).
        await(() -> gapsOf(request).isPresent());
        assertThat(gapsOf(request)).hasValueSatisfying(g ->
                assertThat(g.closedByTeamAnswer()).as("the gap report shows the request answered").isTrue());

        String publicTs = slack.said(PUBLIC, null, ADMIN, "<@UDOCENT> " + paraphrase);
        requests.event("EvTeach3", SignedRequests.mention(PUBLIC, ADMIN, paraphrase, publicTs, null), 0);
        Call inPublic = answerTo(slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(publicTs)));
        assertThat(inPublic.visibleText()).doesNotContain("Klingon is not planned").doesNotContain("Team answer");
    }

    @Test
    void questionTheDocsCannotAnswerOffersAPersonAndPagesNobody() {
        String question = "What is the airspeed velocity of an unladen swallow?";
        String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + question);
        requests.event("EvUnanswerable", SignedRequests.mention(SUPPORT, ASKER, question, ts, null), 0);

        Call answer = answerTo(slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts)));
        assertThat(answer.visibleText()).contains("could not find this in the documentation").doesNotContain("*Sources*");
        // The desk decides on a hand-over before the answer is shown: by now a case would have been posted.
        assertThat(slack.calls("chat.postMessage")).noneMatch(c -> c.param("channel").equals(ESCALATIONS)
                && c.visibleText().contains(question));
    }

    @Test
    void docQuotingChannelMentionsPingsNobody() {
        String question = "Which codes in a Slack message template notify many people?";
        String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + question);
        requests.event("EvPing1", SignedRequests.mention(SUPPORT, ASKER, question, ts, null), 0);

        Call answer = answerTo(slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts)));
        String shown = answer.visibleText();
        assertThat(shown).as("the answer quotes the mention codes of the doc").contains("&lt;!channel&gt;");
        assertThat(mentions(shown)).isEmpty();
        Matcher spelledOut = Pattern.compile("@(channel|here|everyone)\\b", Pattern.CASE_INSENSITIVE).matcher(shown);
        assertThat(spelledOut.find()).as("spelled-out crowd mention in: %s", shown).isFalse();
    }

    @Test
    void rateLimitedAnswerIsRetriedAfterRetryAfterAndDelivered() {
        slack.rateLimit("chat.update", 1);
        String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + ROTATE);
        requests.event("EvLimited1", SignedRequests.mention(SUPPORT, ASKER, ROTATE, ts, null), 0);

        Call placeholder = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts));
        List<Call> updates = slack.await(c -> c.method().equals("chat.update") && c.param("ts").equals(answerTs(placeholder)), 2);
        assertThat(updates.get(1).visibleText()).contains("Roll secret").contains("*Sources*");
        assertThat(Duration.between(updates.get(0).at(), updates.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void answerAChannelKeepsRefusingForItsRateLimitGoesToTheAskersDirectMessages() {
        String busy = "C_BUSY";
        slack.rateLimitIn("chat.update", busy, 5, 1);
        String ts = slack.said(busy, null, ASKER, "<@UDOCENT> " + ROTATE);
        requests.event("EvGivenUp", SignedRequests.mention(busy, ASKER, ROTATE, ts, null), 0);

        List<Call> inPrivate = slack.await(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(ASKER), 2);
        assertThat(inPrivate.get(0).visibleText()).contains("Slack kept refusing my answer in <#C_BUSY>");
        assertThat(inPrivate.get(1).visibleText()).contains("Roll secret");
        assertThat(metrics.get().counter("docent.slack.undelivered", "why", "rate_limited").count()).isEqualTo(1);
    }

    @Test
    void rateLimitedChannelsDoNotDelayAnotherChannelsAnswers() {
        // More rate-limited channels than Docent has answer threads, each held off for 3 s: a
        // channel that is not limited must still be answered at once.
        List<String> limitedChannels = List.of("C_BUSY0", "C_BUSY1", "C_BUSY2", "C_BUSY3", "C_BUSY4");
        List<Call> placeholders = new ArrayList<>();
        for (String channel : limitedChannels) {
            slack.rateLimitIn("chat.update", channel, 1, 3);
            String ts = slack.said(channel, null, ASKER, "<@UDOCENT> " + ROTATE);
            requests.event("EvBusy" + channel, SignedRequests.mention(channel, ASKER, ROTATE, ts, null), 0);
            placeholders.add(slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts)));
        }
        placeholders.forEach(p -> slack.awaitOne(c -> c.method().equals("chat.update") && c.param("ts").equals(answerTs(p))));

        String other = slack.said(PUBLIC, null, ASKER, "<@UDOCENT> " + ROTATE);
        requests.event("EvOtherChannel", SignedRequests.mention(PUBLIC, ASKER, ROTATE, other, null), 0);
        Call otherAnswer = answerTo(slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(other)));
        List<Call> delivered = placeholders.stream().map(p -> slack.await(c -> c.method().equals("chat.update")
                && c.param("ts").equals(answerTs(p)), 2).get(1)).toList();

        assertThat(delivered).as("the other channel is answered while the limited ones wait")
                .allMatch(update -> otherAnswer.at().isBefore(update.at()));
        assertThat(delivered).allMatch(update -> update.visibleText().contains("Roll secret"));
    }

    @Test
    void publicChannelNeverGetsAnInternalSource() {
        String inPublic = slack.said(PUBLIC, null, ASKER, "<@UDOCENT> " + RUNBOOK_QUESTION);
        requests.event("EvPublic1", SignedRequests.mention(PUBLIC, ASKER, RUNBOOK_QUESTION, inPublic, null), 0);
        String inSupport = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + RUNBOOK_QUESTION);
        requests.event("EvPrivate1", SignedRequests.mention(SUPPORT, ASKER, RUNBOOK_QUESTION, inSupport, null), 0);

        String publicAnswer = answerTo(slack.awaitOne(c -> c.method().equals("chat.postMessage")
                && c.param("thread_ts").equals(inPublic))).visibleText();
        String privateAnswer = answerTo(slack.awaitOne(c -> c.method().equals("chat.postMessage")
                && c.param("thread_ts").equals(inSupport))).visibleText();

        assertThat(privateAnswer).as("the runbook answers this in a private channel").contains("runbooks.formwell.internal");
        assertThat(publicAnswer).doesNotContain("runbooks.formwell.internal").doesNotContain("admin.formwell.internal");
    }

    @Test
    void botsMessagesAreNeverAnswered() {
        double ignoredBefore = ignored(metrics.get());
        String ts = slack.nextTs();
        Map<String, Object> botMention = SignedRequests.mention(SUPPORT, "UOTHERBOT", ROTATE, ts, null);
        botMention.put("bot_id", "BOTHER");
        Map<String, Object> botMessage = SignedRequests.message("D_BOT", "im", "UOTHERBOT", ROTATE, ts, null);
        botMessage.put("bot_id", "BOTHER");

        assertThat(requests.event("EvBot1", botMention, 0).statusCode()).isEqualTo(200);
        assertThat(requests.event("EvBot2", botMessage, 0).statusCode()).isEqualTo(200);

        // Bots are turned away before anything is queued: once acknowledged, nothing more can happen.
        assertThat(ignored(metrics.get()) - ignoredBefore).isEqualTo(2);
        assertThat(slack.calls("chat.postMessage")).noneMatch(c -> c.param("thread_ts").equals(ts) || c.param("channel").equals("D_BOT"));
    }

    @Test
    void feedbackIsStoredOnceAndASecondClickChangesNothing() throws Exception {
        String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + ROTATE);
        requests.event("EvVote1", SignedRequests.mention(SUPPORT, ASKER, ROTATE, ts, null), 0);
        Call placeholder = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts));
        String answerId = answerTo(placeholder).buttonValues().getFirst();

        requests.click(SlackAnswerRenderer.HELPFUL, answerId, ASKER, SUPPORT, answerTs(placeholder), ts, slack.responseUrl("vote1"));
        assertThat(slack.awaitOne(c -> c.method().equals("response_url") && c.param("id").equals("vote1")).visibleText())
                .isEqualTo(Notices.THANKS_HELPFUL);
        requests.click(SlackAnswerRenderer.NOT_HELPFUL, answerId, ASKER, SUPPORT, answerTs(placeholder), ts, slack.responseUrl("vote2"));
        assertThat(slack.awaitOne(c -> c.method().equals("response_url") && c.param("id").equals("vote2")).visibleText())
                .isEqualTo(Notices.ALREADY_VOTED);

        GetResponse<Feedback> stored = runtime.elasticsearch().call(c -> c.get(g -> g.index(ElasticsearchFeedbackStore.INDEX)
                .id(answerId + ":" + ASKER), Feedback.class));
        assertThat(stored.found()).isTrue();
        assertThat(stored.source().vote()).isEqualTo(Vote.HELPFUL);
        assertThat(stored.source().answered().question()).isEqualTo(ROTATE);
        assertThat(stored.source().answered().citations()).isNotEmpty();
    }

    @Test
    void askCommandAnswersInTheChannelShowingWhoAskedAndHelpListsTheCommands() {
        requests.command(SUPPORT, ASKER, "ask " + ROTATE, slack.responseUrl("ask1"));
        requests.command(SUPPORT, ASKER, "help", slack.responseUrl("help1"));

        Call placeholder = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(SUPPORT)
                && c.visibleText().contains("*uasker* asked: " + ROTATE));
        assertThat(placeholder.param("thread_ts")).isEmpty();
        assertThat(answerTo(placeholder).visibleText()).contains("*uasker* asked: " + ROTATE).contains("Roll secret");
        assertThat(slack.awaitOne(c -> c.method().equals("response_url") && c.param("id").equals("help1")).visibleText())
                .contains("`/docent ask <question>`").contains("`/docent reindex [knowledge-base]`");
    }

    @Test
    void askWhereDocentIsNotAMemberSaysSoToTheAsker() {
        slack.failNext("chat.postMessage", "not_in_channel");
        requests.command("C_ELSEWHERE", ASKER, "ask " + ROTATE, slack.responseUrl("elsewhere"));

        assertThat(slack.awaitOne(c -> c.method().equals("response_url") && c.param("id").equals("elsewhere")).visibleText())
                .isEqualTo(Replies.NOT_IN_CHANNEL);
    }

    @Test
    void whenSlackRefusesTheAnswerTheAskerIsToldInPlainWords() {
        slack.failNext("chat.update", "invalid_blocks");
        String ts = slack.said(SUPPORT, null, ASKER, "<@UDOCENT> " + ROTATE);
        requests.event("EvRefused1", SignedRequests.mention(SUPPORT, ASKER, ROTATE, ts, null), 0);

        Call told = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts)
                && !c.param("text").equals(Replies.WORKING));
        assertThat(told.param("text")).isEqualTo(Replies.couldNotShowAnswer("invalid_blocks"));
    }

    @Test
    void slacksUrlVerificationChallengeIsAnsweredAndSignedNonsenseIsABadRequest() {
        String challenge = SignedRequests.json(Map.of("token", "legacy", "challenge", "challenge-123", "type", "url_verification"));
        HttpResponse<String> verified = requests.signedWith(challenge, "application/json", SECRET, SignedRequests.nowSeconds());
        HttpResponse<String> nonsense = requests.signedWith("{\"no\": \"type\"}", "application/json", SECRET,
                SignedRequests.nowSeconds());

        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).isEqualTo("challenge-123");
        assertThat(nonsense.statusCode()).isEqualTo(400);
    }

    @Test
    void healthReportsSlackUp() throws Exception {
        HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"slack\":\"up\"");
    }

    /** The chat.update that turned this placeholder into the answer. */
    /** The docs-gap group of the last hour that holds this question. */
    private static Optional<GapGroup> gapsOf(String question) {
        GapReport report = new GapQuery(runtime.elasticsearch()).report(new Scope(new Period(Instant.now().minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofMinutes(1))), Optional.of(FakeSlack.TEAM), Optional.empty(), Optional.empty()));
        return report.groups().stream().filter(g -> g.questions().contains(question)).findFirst();
    }

    private static Call answerTo(Call placeholder) {
        String ts = answerTs(placeholder);
        return slack.awaitOne(c -> c.method().equals("chat.update") && c.param("ts").equals(ts));
    }

    private static String answerTs(Call posted) {
        return posted.postedTs();
    }

    private static List<String> mentions(String text) {
        Matcher m = Pattern.compile("<[!@][^>]*>").matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static double duplicates(MeterRegistry registry) {
        return registry.find("docent.slack.events").tag("outcome", "duplicate").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private static double ignored(MeterRegistry registry) {
        return registry.find("docent.slack.events").tag("kind", "ignored").counters().stream().mapToDouble(Counter::count).sum();
    }

    private static void await(BooleanSupplier condition) {
        Await.until("the condition", condition);
    }
}
