package dev.docent.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.PageReference;
import dev.docent.core.answer.Reply;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.answer.TokenSpend;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.feedback.Vote;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.core.testing.SupportDocs;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The overview, pages and cases reports on a small history written through the real stores. Each
 * test has a tenant of its own: the suite's other tests write to the same indices.
 */
@EmbeddedElasticsearchTest
class InsightsTest {

    private static final Instant DAY_ONE = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DAY_TWO = Instant.parse("2026-03-03T15:00:00Z");
    private static final Period THREE_DAYS = new Period(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-05T00:00:00Z"));
    private static final PageReference SSO = new PageReference(SupportDocs.PRODUCT, "accounts/sso.md", "Single sign-on", "https://docs/sso");
    private static final PageReference WEBHOOKS = new PageReference(SupportDocs.PRODUCT, "api/webhooks.md", "Webhooks", "https://docs/webhooks");

    ElasticsearchEndpoint elasticsearch;

    private ElasticsearchConnection connection;
    private final String tenant = "T_" + UUID.randomUUID();

    @BeforeEach
    void connect() {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        DeskIndices.create(connection);
    }

    @AfterEach
    void disconnect() {
        connection.close();
    }

    @Test
    void overviewCountsOutcomesVotesLatencyCacheHitsAndCostOverThePeriod() {
        AnsweredQuestion first = record("slack", DAY_ONE, Decision.answer(), 100, false, TokenSpend.NONE, SSO);
        record("slack", DAY_ONE, Decision.answer(), 200, true, TokenSpend.NONE, SSO);
        AnsweredQuestion offered = record("discord", DAY_ONE, Decision.offerHuman("Not in the docs.").withReply(Reply.NOT_IN_DOCS),
                300, false, TokenSpend.NONE);
        record("slack", DAY_TWO, Decision.escalate("Outage."), 400, false, new TokenSpend(1_000, 100, OptionalDouble.of(0.01)), WEBHOOKS);
        record("slack", THREE_DAYS.from().minus(Duration.ofDays(1)), Decision.answer(), 900, false, TokenSpend.NONE, SSO);
        vote(first, "U2", Vote.HELPFUL);
        vote(offered, "U2", Vote.NOT_HELPFUL);
        vote(offered, "U3", Vote.NOT_HELPFUL);
        refresh();

        Overview overview = new OverviewQuery(connection).overview(scope(Optional.empty()));

        assertThat(overview.outcomes()).isEqualTo(new Overview.Outcomes(4, 2, 1, 1, 1));
        assertThat(overview.days()).containsExactly(
                new Overview.Day(LocalDate.parse("2026-03-02"), 2, 1, 0),
                new Overview.Day(LocalDate.parse("2026-03-03"), 0, 0, 1),
                new Overview.Day(LocalDate.parse("2026-03-04"), 0, 0, 0));
        assertThat(overview.helpfulVotes()).isEqualTo(1);
        assertThat(overview.notHelpfulVotes()).isEqualTo(2);
        assertThat(overview.latencyP50Ms()).isCloseTo(250, within(50.0));
        assertThat(overview.latencyP95Ms()).isBetween(300.0, 400.0);
        assertThat(overview.cacheHitRate()).isEqualTo(0.25);
        assertThat(overview.inputTokens()).isEqualTo(1_000);
        assertThat(overview.outputTokens()).isEqualTo(100);
        assertThat(overview.estimatedCostUsd()).isCloseTo(0.01, within(1e-9));
        assertThat(overview.facets().tenants()).contains(tenant);
        assertThat(overview.facets().platforms()).contains("slack", "discord");

        Overview discord = new OverviewQuery(connection).overview(scope(Optional.of("discord")));
        assertThat(discord.outcomes()).isEqualTo(new Overview.Outcomes(1, 0, 1, 0, 1));
        assertThat(discord.notHelpfulVotes()).isEqualTo(2);
        assertThat(discord.helpfulVotes()).isZero();
        assertThat(discord.estimatedCostUsd()).as("no answer there had a priced model call").isNull();
    }

    @Test
    void emptyPeriodHasNoLatencyRatherThanZero() {
        Overview overview = new OverviewQuery(connection).overview(scope(Optional.empty()));

        assertThat(overview.outcomes().questions()).isZero();
        assertThat(overview.latencyP50Ms()).isNull();
        assertThat(overview.cacheHitRate()).isNull();
        assertThat(overview.days()).hasSize(3);
    }

    @Test
    void pagesReportRanksCitedPagesAndNamesTheNeverCitedAndTheDownVoted() {
        SupportDocs.writeTo(connection);
        record("slack", DAY_ONE, Decision.answer(), 100, false, TokenSpend.NONE, SSO);
        record("slack", DAY_ONE, Decision.answer(), 100, false, TokenSpend.NONE, SSO, WEBHOOKS);
        AnsweredQuestion disliked = record("slack", DAY_TWO, Decision.answer(), 100, false, TokenSpend.NONE, WEBHOOKS);
        vote(disliked, "U9", Vote.NOT_HELPFUL);
        refresh();

        PagesReport report = new PagesQuery(connection, () -> Set.of(SupportDocs.PRODUCT)).report(scope(Optional.empty()));

        assertThat(report.mostCited()).extracting(c -> c.page().documentId(), PageCount::questions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("accounts/sso.md", 2L), org.assertj.core.groups.Tuple.tuple("api/webhooks.md", 2L));
        assertThat(report.mostCited().getFirst().page().title()).as("titles come from the knowledge base").isEqualTo("Single sign-on");
        assertThat(report.neverCited()).extracting(PageReference::documentId)
                .containsExactlyInAnyOrder("billing/cancel.md", "limits/uploads.md");
        assertThat(report.citedByDownVoted()).extracting(c -> c.page().documentId(), PageCount::questions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("api/webhooks.md", 1L));
    }

    @Test
    void casesAreCountedOpenAndClosedWithWhoTookThemAndTheirAge() {
        Clock now = Clock.fixed(DAY_TWO.plus(Duration.ofHours(3)), ZoneOffset.UTC);
        AnsweredQuestion outage = record("slack", DAY_ONE, Decision.escalate("Outage."), 100, false, TokenSpend.NONE);
        AnsweredQuestion billing = record("discord", DAY_TWO, Decision.escalate("Billing."), 100, false, TokenSpend.NONE);
        ElasticsearchEscalationCases opened = new ElasticsearchEscalationCases(connection, Clock.fixed(DAY_ONE, ZoneOffset.UTC));
        opened.open(outage, "policy", "Outage.");
        new ElasticsearchEscalationCases(connection, Clock.fixed(DAY_TWO, ZoneOffset.UTC)).open(billing, "U1", "Asked for a person.");
        ElasticsearchEscalationCases later = new ElasticsearchEscalationCases(connection, Clock.fixed(DAY_ONE.plus(Duration.ofHours(2)), ZoneOffset.UTC));
        assertThat(later.take(outage.id(), "Dana")).isTrue();
        assertThat(later.close(outage.id(), "Dana")).isTrue();
        assertThat(later.close("no-such-case", "Dana")).isFalse();
        refresh();

        CaseReport report = new CasesQuery(connection, now).report(scope(Optional.empty()), 50);

        assertThat(report.open()).isEqualTo(1);
        assertThat(report.closed()).isEqualTo(1);
        assertThat(report.cases()).extracting(v -> v.escalation().id()).containsExactly(billing.id(), outage.id());
        CaseView open = report.cases().getFirst();
        assertThat(open.age()).isEqualTo(Duration.ofHours(3));
        assertThat(open.platform()).isEqualTo("discord");
        assertThat(open.progress().takenBy()).isNull();
        CaseView closed = report.cases().get(1);
        assertThat(closed.progress().takenBy()).isEqualTo("Dana");
        assertThat(closed.progress().closedBy()).isEqualTo("Dana");
        assertThat(closed.age()).as("how long it took to close").isEqualTo(Duration.ofHours(2));
    }

    private Scope scope(Optional<String> platform) {
        return new Scope(THREE_DAYS, Optional.of(tenant), platform, Optional.empty());
    }

    private AnsweredQuestion record(String platform, Instant at, Decision decision, double latencyMs, boolean cached, TokenSpend spend,
                                    PageReference... cited) {
        List<Citation> citations = java.util.stream.IntStream.range(0, cited.length)
                .mapToObj(i -> new Citation(i + 1, cited[i].title(), "", cited[i].url(), cited[i].knowledgeBase(), cited[i].documentId(), "text"))
                .toList();
        Answer answer = new Answer(citations.isEmpty() ? "Not in the docs." : "Answer. [1]", citations, List.of(),
                new Retrieved(List.of(cited), 0.5), !citations.isEmpty(), Optional.empty(), decision, List.of(),
                Map.of("totalMs", latencyMs), new AnswerTrace(Set.of(SupportDocs.PRODUCT), cached, spend, new float[] {1, 0}));
        Question question = new Question("A question?", "U1", new Place(tenant, "C1", Visibility.PRIVATE), List.of());
        return new ElasticsearchAnswerLog(connection, Clock.fixed(at, ZoneOffset.UTC)).record(platform, question, answer);
    }

    private void vote(AnsweredQuestion answered, String user, Vote vote) {
        new ElasticsearchFeedbackStore(connection, Clock.systemUTC()).record(answered, user, vote);
    }

    private void refresh() {
        connection.call(c -> c.indices().refresh(r -> r.index("docent-*")));
    }
}
