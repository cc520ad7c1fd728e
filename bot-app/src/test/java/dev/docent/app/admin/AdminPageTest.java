package dev.docent.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.CapturedLogs;
import dev.docent.app.CommandLineRun;
import dev.docent.app.SampleFixture;
import dev.docent.app.cli.ExitCode;
import dev.docent.app.server.DocentService;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.Reply;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.answer.TokenSpend;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.error.UserInputException;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.feedback.Vote;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.teach.ElasticsearchTeamAnswers;
import dev.docent.core.teach.TeamAnswer;
import dev.docent.core.teach.TeamAnswers;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin page over HTTP: who gets in, what the forms need, and that users' words stay words. */
@EmbeddedElasticsearchTest
class AdminPageTest {

    private static final String HOSTILE = "<script>alert('pwned')</script><img src=x onerror=alert(2)> how do I export?";
    private static final List<String> PAGES = List.of("/admin", "/admin/gaps", "/admin/pages", "/admin/cases",
            "/admin/team-answers", "/admin/knowledge-bases");
    private static final List<String> DATA = List.of("/admin/gaps.md", "/admin/gaps.csv", "/admin/api/overview",
            "/admin/api/gaps", "/admin/api/pages", "/admin/api/cases", "/admin/api/knowledge-bases");
    private static final List<String> FORMS = List.of("/admin/sign-out", "/admin/cases/some-case/take", "/admin/cases/some-case/close",
            "/admin/team-answers/some-case/publish", "/admin/team-answers/some-case/edit", "/admin/team-answers/some-case/retire");

    ElasticsearchEndpoint elasticsearch;

    private ElasticsearchConnection connection;
    private AdminSite site;
    private TeamAnswers teamAnswers;
    private final String tenant = "T_ADMIN_" + UUID.randomUUID();

    @BeforeEach
    void start() {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        DeskIndices.create(connection);
        teamAnswers = new ElasticsearchTeamAnswers(connection, new KnowledgeBaseCatalog(connection, Clock.systemUTC()),
                SampleFixture.model());
        site = new AdminSite(connection, Set.of(), teamAnswers);
    }

    @AfterEach
    void stop() {
        site.close();
        connection.close();
    }

    @Test
    void withoutATokenThereIsNoAdminPage() throws Exception {
        assertThat(AdminToken.fromEnvironment(Map.of())).isEmpty();
        assertThat(AdminToken.fromEnvironment(Map.of(AdminToken.VARIABLE, "  "))).isEmpty();
        assertThatThrownBy(() -> AdminToken.fromEnvironment(Map.of(AdminToken.VARIABLE, "short")))
                .isInstanceOf(UserInputException.class).hasMessageContaining("at least 16 characters");
        try (DocentService plain = DocentService.start("127.0.0.1", 0, connection, (desk, metrics) -> List.of(), metrics -> null)) {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + plain.port() + "/admin")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void serveWithATokenTooShortStopsBeforeAnythingStarts() {
        CommandLineRun run = CommandLineRun.run(Map.of(AdminToken.VARIABLE, "letmein"), settings -> {
            throw new AssertionError("nothing may start");
        }, "", "serve");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("DOCENT_ADMIN_TOKEN must be at least 16 characters").doesNotContain("letmein");
        assertThat(run.elasticsearchStarts()).isZero();
    }

    @Test
    void everyPageAndEndpointRefusesWithoutASignedInSession() throws Exception {
        recordEscalated(HOSTILE);
        for (String cookie : new String[] {null, "forged-session-id", "sign-in-form"}) {
            site.forgetCookie();
            if ("sign-in-form".equals(cookie)) {
                site.get("/admin/sign-in");
            } else if (cookie != null) {
                site.signIn("wrong-token-wrong-token", "x");
                site.forgetCookie();
            }
            for (String page : PAGES) {
                HttpResponse<String> response = site.get(page + "?tenant=" + tenant);
                assertThat(response.statusCode()).as("%s with %s", page, cookie).isEqualTo(303);
                assertThat(response.headers().firstValue("Location")).contains("/admin/sign-in");
                assertThat(response.body()).doesNotContain("export");
            }
            for (String data : DATA) {
                HttpResponse<String> response = site.get(data + "?tenant=" + tenant);
                assertThat(response.statusCode()).as("%s with %s", data, cookie).isEqualTo(401);
                assertThat(response.body()).isEqualTo("{\"error\":\"Sign in first.\"}");
            }
            for (String form : FORMS) {
                assertThat(site.post(form, Map.of("csrf", "anything")).statusCode()).as("%s with %s", form, cookie).isEqualTo(401);
            }
        }
    }

    @Test
    void signingInSetsAnHttpOnlyStrictSessionCookieAndSigningOutEndsTheSession() throws Exception {
        HttpResponse<String> form = site.get("/admin/sign-in");
        String formCookie = site.cookie();

        HttpResponse<String> signedIn = site.post("/admin/sign-in",
                Map.of("csrf", AdminSite.csrf(form.body()), "token", AdminSite.TOKEN, "name", "Dana"));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/admin");
        String setCookie = signedIn.headers().allValues("Set-Cookie").getFirst();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/admin");
        assertThat(site.cookie()).as("a new session, not the form's").isNotEqualTo(formCookie);
        HttpResponse<String> overview = site.get("/admin");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Questions per day").contains("Dana");
        assertThat(overview.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'").doesNotContain("script-src"));
        assertThat(overview.headers().firstValue("Cache-Control")).contains("no-store");

        String session = site.cookie();
        HttpResponse<String> out = site.post("/admin/sign-out", Map.of("csrf", AdminSite.csrf(overview.body())));
        assertThat(out.statusCode()).isEqualTo(303);
        site.forgetCookie();
        HttpResponse<String> withOldCookie = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                site.uri("/admin/api/overview")).header("Cookie", AdminGuard.COOKIE + "=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withOldCookie.statusCode()).isEqualTo(401);
    }

    @Test
    void wrongTokensAreRefusedAndTooManyLockTheAddressOutForAWhile() throws Exception {
        for (int attempt = 0; attempt < SignInThrottle.ATTEMPTS; attempt++) {
            HttpResponse<String> wrong = site.signIn("not-the-admin-token-at-all", "x");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains(SignInHandlers.WRONG_TOKEN);
        }

        HttpResponse<String> locked = site.signIn(AdminSite.TOKEN, "x");

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(site.get("/admin/api/overview").statusCode()).isEqualTo(401);
    }

    @Test
    void formsWithoutTheSessionsOwnCsrfTokenAreRefused() throws Exception {
        AnsweredQuestion escalated = recordEscalated("Is the API down?");
        HttpResponse<String> otherForm = site.get("/admin/sign-in");
        String otherCsrf = AdminSite.csrf(otherForm.body());
        site.forgetCookie();
        site.get("/admin/sign-in");
        assertThat(site.post("/admin/sign-in", Map.of("csrf", otherCsrf, "token", AdminSite.TOKEN)).statusCode())
                .as("another form's token").isEqualTo(403);

        site.signIn(AdminSite.TOKEN, "Dana");
        String close = "/admin/cases/" + escalated.id() + "/close";
        assertThat(site.post(close, Map.of()).statusCode()).isEqualTo(403);
        assertThat(site.post(close, Map.of("csrf", otherCsrf)).statusCode()).isEqualTo(403);
        assertThat(cases().get("cases").get(0).get("closedBy").isNull()).isTrue();
    }

    @Test
    void aCaseIsTakenAndClosedUnderTheNameGivenAtSignIn() throws Exception {
        AnsweredQuestion escalated = recordEscalated("Why was I charged twice?");
        site.signIn(AdminSite.TOKEN, "Dana <b>Lead</b>");
        String csrf = AdminSite.csrf(site.get("/admin/cases?tenant=" + tenant).body());

        HttpResponse<String> take = site.post("/admin/cases/" + escalated.id() + "/take?tenant=" + tenant, Map.of("csrf", csrf));
        HttpResponse<String> close = site.post("/admin/cases/" + escalated.id() + "/close?tenant=" + tenant, Map.of("csrf", csrf));
        HttpResponse<String> unknown = site.post("/admin/cases/no-such-case/close", Map.of("csrf", csrf));

        assertThat(take.statusCode()).isEqualTo(303);
        assertThat(take.headers().firstValue("Location")).contains("/admin/cases?period=30d&tenant=" + tenant);
        assertThat(close.statusCode()).isEqualTo(303);
        assertThat(unknown.statusCode()).isEqualTo(404);
        JsonNode listed = cases().get("cases").get(0);
        assertThat(listed.get("takenBy").asText()).isEqualTo("Dana <b>Lead</b>");
        assertThat(listed.get("closedBy").asText()).isEqualTo("Dana <b>Lead</b>");
        assertThat(cases().get("closed").asInt()).isEqualTo(1);
        assertThat(site.get("/admin/cases?tenant=" + tenant).body()).contains("closed by Dana &lt;b&gt;Lead&lt;/b&gt;")
                .doesNotContain("<b>Lead</b>");
    }

    @Test
    void aTeamAnswerIsCorrectedPublishedAndRetiredFromThePage() throws Exception {
        String id = "case-" + UUID.randomUUID();
        teamAnswers.save(new TeamAnswer(id, tenant, HOSTILE, "Not yet.", "U_ONCALL", Instant.now(),
                "https://fake.slack.example/archives/C_ESC/p1", false, false));
        site.signIn(AdminSite.TOKEN, "Dana Lead");
        HttpResponse<String> page = site.get("/admin/team-answers?tenant=" + tenant);
        String csrf = AdminSite.csrf(page.body());

        HttpResponse<String> edit = site.post("/admin/team-answers/" + id + "/edit?tenant=" + tenant,
                Map.of("csrf", csrf, "answer", "Export to PDF from Results > Export."));
        HttpResponse<String> empty = site.post("/admin/team-answers/" + id + "/edit", Map.of("csrf", csrf, "answer", " "));
        HttpResponse<String> publish = site.post("/admin/team-answers/" + id + "/publish", Map.of("csrf", csrf));
        TeamAnswer published = teamAnswers.find(id).orElseThrow();
        HttpResponse<String> retire = site.post("/admin/team-answers/" + id + "/retire", Map.of("csrf", csrf));
        HttpResponse<String> unknown = site.post("/admin/team-answers/no-such-case/retire", Map.of("csrf", csrf));

        assertThat(page.body()).contains("&lt;script&gt;").doesNotContain("<script>").contains("internal");
        assertThat(edit.statusCode()).isEqualTo(303);
        assertThat(edit.headers().firstValue("Location")).contains("/admin/team-answers?period=30d&tenant=" + tenant);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(publish.statusCode()).isEqualTo(303);
        assertThat(published.published()).isTrue();
        assertThat(published.answer()).isEqualTo("Export to PDF from Results > Export.");
        assertThat(retire.statusCode()).isEqualTo(303);
        assertThat(teamAnswers.find(id).orElseThrow().retired()).isTrue();
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(site.get("/admin/team-answers?tenant=" + tenant).body()).contains("retired");
    }

    @Test
    void aHostileQuestionIsShownAsTextEverywhereAndNeverLogged() throws Exception {
        CapturedLogs logs = CapturedLogs.atInfo();
        try (logs) {
            recordEscalated(HOSTILE);
            site.signIn(AdminSite.TOKEN, "Dana");
            for (String page : List.of("/admin/gaps", "/admin/cases")) {
                String html = site.get(page + "?tenant=" + tenant).body();
                assertThat(html).as(page).contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
                        .doesNotContain("<script").doesNotContain("<img");
            }
            HttpResponse<String> json = site.get("/admin/api/gaps?tenant=" + tenant);
            assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(json.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(new ObjectMapper().readTree(json.body()).get("groups").get(0).get("examples").get(0).asText()).isEqualTo(HOSTILE);
            assertThat(site.get("/admin/gaps.md?tenant=" + tenant).body()).contains("\\<script\\>").doesNotContain("<script>");
            assertThat(site.get("/admin/gaps.csv?tenant=" + tenant).headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"docent-gaps-"));
        }
        assertThat(logs.mention("pwned")).isFalse();
        assertThat(logs.mention(AdminSite.TOKEN)).isFalse();
        assertThat(logs.mention("admin signed in")).as("the log does see the sign-in").isTrue();
    }

    @Test
    void noPathAChatPlatformUsesLeadsToTheAdminPage() throws Exception {
        site.signIn(AdminSite.TOKEN, "Dana");

        assertThat(site.get("/slack/events").statusCode()).isEqualTo(404);
        assertThat(site.get("/slack/events/../admin/api/overview").statusCode()).as("normalised to /admin, still needs the cookie")
                .isIn(200, 404);
        site.forgetCookie();
        assertThat(site.get("/slack/events/../admin/api/overview").statusCode()).isIn(401, 404);
        assertThat(site.get("/health").headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theOverviewJsonCountsTheTenantsQuestions() throws Exception {
        recordEscalated("Is the API down?");
        site.signIn(AdminSite.TOKEN, "Dana");

        JsonNode overview = new ObjectMapper().readTree(site.get("/admin/api/overview?period=7d&tenant=" + tenant).body());

        assertThat(overview.get("outcomes").get("questions").asInt()).isEqualTo(1);
        assertThat(overview.get("outcomes").get("escalated").asInt()).isEqualTo(1);
        assertThat(overview.get("votes").get("notHelpful").asInt()).isEqualTo(1);
        assertThat(overview.get("days")).hasSize(8);
        assertThat(overview.get("scope").get("tenant").asText()).isEqualTo(tenant);
    }

    @Test
    void theKnowledgeBasesPageShowsWhatEachHoldsAndWhatNeedsAttention(@TempDir Path dir) throws Exception {
        String kb = "admin-kb-" + UUID.randomUUID().toString().substring(0, 8);
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("rate-limits.md"), "# Rate limits\n\nEach API key may send 600 requests per minute.");
        Files.write(docs.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.US_ASCII));
        CommandLineRun index = CommandLineRun.run(Map.of("DOCENT_HOME", dir.resolve("home").toString()),
                CommandLineRun.starterFor(elasticsearch.uri()), "", "index", docs.toString(), "--kb", kb);
        assertThat(index.err()).contains("1 added").contains("broken.pdf");
        connection.call(c -> c.indices().putMapping(m -> m.index(KnowledgeBaseIndices.alias(kb))
                .meta(IndexSchema.VERSION_META_KEY, JsonData.of(IndexSchema.VERSION - 1))));

        try (AdminSite withKnowledgeBases = new AdminSite(connection, Set.of(kb, AdminSite.INTERNAL), teamAnswers)) {
            withKnowledgeBases.signIn(AdminSite.TOKEN, "Dana");
            String page = withKnowledgeBases.get("/admin/knowledge-bases").body();
            JsonNode json = new ObjectMapper().readTree(withKnowledgeBases.get("/admin/api/knowledge-bases").body());

            assertThat(page).contains("<td>" + kb + "</td><td>public</td><td class=\"number\">1</td>")
                    .contains("partial, ").contains("rebuild from " + docs)
                    .contains(KnowledgeBaseStatus.OUTDATED_NOTE).contains("<code>docent index --kb " + kb + "</code>")
                    .contains("1 document could not be read").contains("<code>broken.pdf</code>")
                    .contains("<td>" + AdminSite.INTERNAL + "</td><td>internal</td>").contains("never indexed")
                    .as("no period or tenant narrows what a knowledge base holds").doesNotContain("class=\"filters\"");
            JsonNode indexed = json.get("knowledgeBases").get(0);
            assertThat(indexed.get("name").asText()).isEqualTo(kb);
            assertThat(indexed.get("documents").asInt()).isEqualTo(1);
            assertThat(indexed.get("outdated").asBoolean()).isTrue();
            assertThat(indexed.get("lastRun").get("outcome").asText()).isEqualTo("partial");
            assertThat(indexed.get("lastRun").get("failures").get(0).get("document").asText()).isEqualTo("broken.pdf");
            assertThat(json.get("knowledgeBases").get(1).get("indexed").asBoolean()).isFalse();
        }
    }

    /** A vector of the model's length, the same for the same words. */
    private static float[] embedding(String text) {
        java.util.Random random = new java.util.Random(text.hashCode());
        float[] vector = new float[384];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return vector;
    }

    private JsonNode cases() throws Exception {
        return new ObjectMapper().readTree(site.get("/admin/api/cases?tenant=" + tenant).body());
    }

    private AnsweredQuestion recordEscalated(String text) {
        Clock clock = Clock.systemUTC();
        AnsweredQuestion answered = new ElasticsearchAnswerLog(connection, clock).record("slack",
                new Question(text, "U1", new Place(tenant, "C_HELP", Visibility.PUBLIC), List.of()),
                new Answer("Not in the docs.", List.of(), List.of(), Retrieved.nothing(), false, Optional.empty(),
                        Decision.escalate("Not in the docs.").withReply(Reply.NOT_IN_DOCS), List.of(), Map.of("totalMs", 50.0),
                        new AnswerTrace(Set.of("sample"), false, TokenSpend.NONE, embedding(text))));
        new ElasticsearchFeedbackStore(connection, clock).record(answered, "U2", Vote.NOT_HELPFUL);
        new ElasticsearchEscalationCases(connection, clock).open(answered, "policy", "Not in the docs.");
        connection.call(c -> c.indices().refresh(r -> r.index("docent-*")));
        return answered;
    }
}
