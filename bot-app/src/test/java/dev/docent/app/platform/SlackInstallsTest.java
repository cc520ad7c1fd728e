package dev.docent.app.platform;

import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.docent.app.CapturedLogs;
import dev.docent.app.SampleFixture;
import dev.docent.app.config.DocentConfig;
import dev.docent.app.indexing.SourceFactory;
import dev.docent.app.platform.FakeSlack.Call;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.server.DocentService;
import dev.docent.core.install.ElasticsearchInstallStates;
import dev.docent.core.install.ElasticsearchInstallations;
import dev.docent.core.tenant.Admins;
import dev.docent.core.tenant.EscalationTarget;
import dev.docent.core.tenant.TenantConfig;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.slack.install.SlackInstallStates;
import dev.docent.slack.render.Replies;
import dev.docent.testing.Await;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docent installed by many Slack workspaces through the OAuth flow, end to end: the real Bolt
 * behind Docent's HTTP server, a browser's requests to the install routes, the fake Slack's
 * authorize page and oauth.v2.access, installations in the real embedded Elasticsearch, and every
 * workspace answered with the token it granted.
 */
@EmbeddedElasticsearchTest
class SlackInstallsTest {

    private static final String SECRET = "signing-secret-for-installs";
    private static final String CLIENT_ID = "1111.2222";
    private static final String CLIENT_SECRET = "client-secret-for-installs";
    private static final String SUPPORT_TEAM = "T_SUPPORT";
    private static final String ESCALATIONS = "C_SUPPORT_ESCALATIONS";
    private static final String ASKER = "UASKER";
    private static final String ROTATE = "how do I rotate the webhook signing secret?";
    private static final String COOKIE = "slack-app-oauth-state";

    private static DocentRuntime runtime;
    private static FakeSlack slack;
    private static DocentService service;
    private static SignedRequests requests;
    private static final HttpClient browser = HttpClient.newHttpClient();

    /** Where the install started: the state Slack was handed and the cookie the browser got. */
    private record Started(String state, String cookie, URI authorize) {
    }

    @BeforeAll
    static void start(ElasticsearchEndpoint elasticsearch) throws Exception {
        runtime = SampleFixture.runtimeWithSample(elasticsearch.uri());
        slack = FakeSlack.start();
        slack.app(CLIENT_ID, CLIENT_SECRET);
        slack.user(ASKER, "Dana Asker", false);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> env = Map.of("SLACK_CLIENT_ID", CLIENT_ID, "SLACK_CLIENT_SECRET", CLIENT_SECRET,
                "SLACK_SIGNING_SECRET", SECRET, "SLACK_TOKEN_KEY", Base64.getEncoder().encodeToString(key),
                "SLACK_API_URL", slack.apiUrl());
        // The support team has a docent.yml entry with an escalation channel; other workspaces get the defaults.
        DocentConfig config = DocentConfig.empty().withTenants(Map.of(SUPPORT_TEAM, new TenantConfig("Support", null, null,
                Map.of(), new Admins(List.of(), List.of()), new EscalationTarget(ESCALATIONS, null))));
        service = DocentService.start("127.0.0.1", 0, runtime.elasticsearch(),
                (desk, metrics) -> SlackPlatforms.fromEnvironment(env, desk, metrics, runtime.elasticsearch()),
                metrics -> runtime.supportDesk(config, new SourceFactory(Path.of("."), Path.of("target", "git-checkouts")), metrics));
        requests = new SignedRequests(URI.create(docent("/slack/events")), SECRET);
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
    void eachWorkspaceInstallsAndIsAnsweredWithItsOwnToken() {
        try (CapturedLogs logs = CapturedLogs.atInfo()) {
            installAndAnswerTwoWorkspaces();
            assertThat(logs.mention("xoxb-")).isFalse();
            assertThat(logs.mention("code-T_")).isFalse();
        }
    }

    private static void installAndAnswerTwoWorkspaces() {
        Started started = startInstall();
        assertThat(started.authorize().toString()).startsWith("https://slack.com/oauth/v2/authorize?client_id=" + CLIENT_ID);
        assertThat(query(started.authorize()).get("scope")).contains("chat:write").contains("app_mentions:read");

        HttpResponse<String> done = finishInstall(started, slack.approveInstall(SUPPORT_TEAM));

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Docent is installed");
        String supportToken = slack.tokenOf(SUPPORT_TEAM);
        GetResponse<Map> stored = runtime.elasticsearch().call(c -> c.get(g -> g.index(ElasticsearchInstallations.INDEX)
                .id(SUPPORT_TEAM), Map.class));
        assertThat(stored.found()).isTrue();
        assertThat(stored.source().toString()).contains("bot_token_sealed").doesNotContain(supportToken)
                .doesNotContain(supportToken.substring("xoxb-".length()));

        Call supportAnswer = askAndAwaitAnswer(SUPPORT_TEAM, "C_SUPPORT", "EvInstallA");
        assertThat(supportAnswer.token()).isEqualTo(supportToken);

        String otherTeam = "T_OTHER";
        finishInstall(startInstall(), slack.approveInstall(otherTeam));
        String otherToken = slack.tokenOf(otherTeam);
        assertThat(otherToken).isNotEqualTo(supportToken);
        Call otherAnswer = askAndAwaitAnswer(otherTeam, "C_OTHER", "EvInstallB");
        assertThat(otherAnswer.token()).isEqualTo(otherToken);
        assertThat(slack.calls().stream().filter(c -> c.param("channel").equals("C_OTHER")))
                .isNotEmpty().allMatch(c -> c.token().equals(otherToken));
    }

    @Test
    void anEscalationGoesToTheTenantsChannelWithTheTenantsToken() {
        String team = SUPPORT_TEAM;
        finishInstall(startInstall(), slack.approveInstall(team));
        String question = "Please add a dark mode to the form builder, it would help us a lot.";
        String ts = slack.said("C_SUPPORT", null, ASKER, "<@UDOCENT> " + question);

        requests.event(team, "EvInstallEscalation", SignedRequests.mention("C_SUPPORT", ASKER, question, ts, null), 0);

        Call escalation = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(ESCALATIONS)
                && c.visibleText().contains(question));
        assertThat(escalation.token()).isEqualTo(slack.tokenOf(team));
    }

    @Test
    void aReusedUnknownForeignOrExpiredStateIsRefusedWithAPageThatSaysSo() {
        Started started = startInstall();
        assertThat(finishInstall(started, slack.approveInstall("T_ONCE")).statusCode()).isEqualTo(200);

        HttpResponse<String> reused = finishInstall(started, slack.approveInstall("T_ONCE"));
        HttpResponse<String> unknown = finishInstall(new Started("made-up", "made-up", started.authorize()),
                slack.approveInstall("T_NEVER"));
        Started another = startInstall();
        HttpResponse<String> otherBrowser = finishInstall(new Started(another.state(), "", another.authorize()),
                slack.approveInstall("T_NEVER"));
        String expired = UUID.randomUUID().toString();
        new ElasticsearchInstallStates(runtime.elasticsearch(),
                Clock.offset(Clock.systemUTC(), SlackInstallStates.LIFETIME.plusMinutes(1).negated()), SlackInstallStates.LIFETIME)
                .issue(expired);
        HttpResponse<String> late = finishInstall(new Started(expired, expired, started.authorize()),
                slack.approveInstall("T_NEVER"));

        for (HttpResponse<String> refused : List.of(reused, unknown, otherBrowser, late)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Docent is not installed").contains("expired")
                    .contains("already used").contains("href=\"/slack/install\"");
        }
        assertThat(slack.calls("oauth.v2.access").stream().filter(c -> c.param("code").contains("T_NEVER"))).isEmpty();
        assertThat(runtime.elasticsearch().call(c -> c.exists(e -> e.index(ElasticsearchInstallations.INDEX).id("T_NEVER")))
                .value()).isFalse();
    }

    @Test
    void anUninstalledWorkspaceLosesItsTokenAndIsNoLongerAnswered() {
        String team = "T_LEAVING";
        finishInstall(startInstall(), slack.approveInstall(team));
        askAndAwaitAnswer(team, "C_LEAVING", "EvLeaving1");

        HttpResponse<String> uninstalled = requests.event(team, "EvLeavingUninstall", Map.of("type", "app_uninstalled",
                "event_ts", "1.1"), 0);

        assertThat(uninstalled.statusCode()).isEqualTo(200);
        Await.until("the installation is deleted", () -> !runtime.elasticsearch().call(c -> c.exists(e -> e
                .index(ElasticsearchInstallations.INDEX).id(team))).value());
        int before = slack.calls().size();
        String ts = slack.said("C_LEAVING", null, ASKER, "<@UDOCENT> " + ROTATE);
        HttpResponse<String> ignored = requests.event(team, "EvLeaving2", SignedRequests.mention("C_LEAVING", ASKER, ROTATE, ts,
                null), 0);

        assertThat(ignored.statusCode()).isEqualTo(200);
        // Another workspace is answered after it: had the event been taken in, its placeholder would be up by then.
        finishInstall(startInstall(), slack.approveInstall("T_STAYING"));
        askAndAwaitAnswer("T_STAYING", "C_STAYING", "EvStaying");
        assertThat(slack.calls().subList(before, slack.calls().size()))
                .noneMatch(c -> c.param("channel").equals("C_LEAVING"));
    }

    @Test
    void revokedTokensAreForgotten() {
        String team = "T_REVOKING";
        finishInstall(startInstall(), slack.approveInstall(team));

        requests.event(team, "EvRevoked", Map.of("type", "tokens_revoked", "event_ts", "1.1",
                "tokens", Map.of("bot", List.of(FakeSlack.BOT_USER))), 0);

        Await.until("the installation is deleted", () -> !runtime.elasticsearch().call(c -> c.exists(e -> e
                .index(ElasticsearchInstallations.INDEX).id(team))).value());
    }

    /** Someone in workspace {@code team} asks in {@code channel}; returns the answer that replaced the placeholder. */
    private static Call askAndAwaitAnswer(String team, String channel, String eventId) {
        String ts = slack.said(channel, null, ASKER, "<@UDOCENT> " + ROTATE);
        assertThat(requests.event(team, eventId, SignedRequests.mention(channel, ASKER, ROTATE, ts, null), 0).statusCode())
                .isEqualTo(200);
        Call placeholder = slack.awaitOne(c -> c.method().equals("chat.postMessage") && c.param("thread_ts").equals(ts)
                && c.param("text").equals(Replies.WORKING));
        return slack.awaitOne(c -> c.method().equals("chat.update") && c.param("ts").equals(placeholder.postedTs()));
    }

    /** "Add to Slack": Docent sends the browser to Slack's authorize page with a fresh state, kept in a cookie too. */
    private static Started startInstall() {
        HttpResponse<String> response = get(docent("/slack/install"), "");
        assertThat(response.statusCode()).isEqualTo(302);
        URI authorize = URI.create(response.headers().firstValue("Location").orElseThrow());
        String state = query(authorize).get("state");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("Secure");
        return new Started(state, cookie.substring(COOKIE.length() + 1, cookie.indexOf(';')), authorize);
    }

    /** Slack sends the browser back with the code; the browser brings the cookie (none when {@code cookie} is empty). */
    private static HttpResponse<String> finishInstall(Started started, String code) {
        return get(docent("/slack/oauth_redirect?code=" + code + "&state=" + started.state()),
                started.cookie().isEmpty() ? "" : COOKIE + "=" + started.cookie());
    }

    private static HttpResponse<String> get(String url, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static String docent(String path) {
        return "http://127.0.0.1:" + service.port() + path;
    }
}
