package dev.docent.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.PageReference;
import dev.docent.core.answer.TokenSpend;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.Decision;
import dev.docent.core.dedup.ElasticsearchEventLedger;
import dev.docent.core.dedup.EventLedger;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.intent.HalfFloats;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.escalation.EscalationCases;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.feedback.FeedbackStore;
import dev.docent.core.feedback.Vote;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

@EmbeddedElasticsearchTest
class ConversationRecordsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    ElasticsearchEndpoint elasticsearch;
    private ElasticsearchConnection connection;

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
    void answerIsKeptWithItsQuestionCitationsAndDecision() {
        AnswerLog log = new ElasticsearchAnswerLog(connection, NOW);
        AnsweredQuestion recorded = log.record("slack", question(), answer());

        AnsweredQuestion found = log.find(recorded.id()).orElseThrow();

        assertThat(found).isEqualTo(recorded);
        assertThat(found.question()).isEqualTo("How do I rotate the webhook secret?");
        assertThat(found.citations()).extracting(Citation::url).containsExactly("https://docs.example/webhooks#secret");
        assertThat(found.action()).isEqualTo("answer_and_offer_human");
        assertThat(found.time()).isEqualTo(NOW.instant());
        assertThat(log.find("no-such-answer")).isEmpty();
    }

    @Test
    void answerIsKeptWithWhatTheOverviewCountsItBy() {
        Answer answer = new Answer("Click Roll secret. [1]", List.of(citation(), citation()),
                List.of(), new Retrieved(List.of(WEBHOOKS, new PageReference("product", "api.md", "API", "https://docs.example/api")), 0.8),
                true, Optional.of("how_to"), Decision.answer(), List.of(), Map.of("totalMs", 42.5),
                new AnswerTrace(Set.of("product", "runbooks"), true, new TokenSpend(900, 80, OptionalDouble.of(0.0002)),
                        new float[] {0.25f, -0.5f}));

        AnsweredQuestion recorded = new ElasticsearchAnswerLog(connection, NOW).record("discord", question(), answer);

        @SuppressWarnings("unchecked")
        Map<String, Object> stored = connection.call(c -> c.get(g -> g.index(ElasticsearchAnswerLog.INDEX).id(recorded.id()), Map.class)).source();
        assertThat(stored).containsEntry("platform", "discord").containsEntry("knowledgeBases", List.of("product", "runbooks"))
                .containsEntry("latencyMs", 42.5).containsEntry("cached", true)
                .containsEntry("inputTokens", 900).containsEntry("outputTokens", 80).containsEntry("costUsd", 0.0002)
                .containsEntry("citedPages", List.of("product:webhooks.md"))
                .containsEntry("embedding", HalfFloats.encode(new float[] {0.25f, -0.5f}))
                .containsEntry("question", "How do I rotate the webhook secret?");
        assertThat((List<?>) stored.get("retrievedPages")).hasSize(2);
        connection.call(c -> c.indices().refresh(r -> r.index(ElasticsearchAnswerLog.INDEX)));
        long countedByPage = connection.call(c -> c.count(q -> q.index(ElasticsearchAnswerLog.INDEX).query(f -> f.bool(b -> b
                .filter(t -> t.term(v -> v.field(ConversationMapping.CITED_PAGES).value("product:webhooks.md")))
                .filter(t -> t.term(v -> v.field(ConversationMapping.PLATFORM).value("discord")))
                .filter(t -> t.ids(i -> i.values(recorded.id()))))))).count();
        assertThat(countedByPage).isEqualTo(1);
    }

    @Test
    void answerRecordedBeforeTheOverviewExistedStillReads() {
        String id = UUID.randomUUID().toString();
        connection.call(c -> c.index(i -> i.index(ElasticsearchAnswerLog.INDEX).id(id).document(Map.of(
                "id", id, "tenant", "T1", "channel", "C1", "user", "U1", "question", "Old question?", "answer", "Old answer.",
                "citations", List.of(), "action", "answer", "grounded", true, "time", "2025-01-02T03:04:05Z"))));

        AnsweredQuestion old = new ElasticsearchAnswerLog(connection, NOW).find(id).orElseThrow();

        assertThat(old.question()).isEqualTo("Old question?");
        assertThat(old.platform()).isNull();
        assertThat(old.knowledgeBases()).isEmpty();
    }

    @Test
    void anIndexMadeByAnEarlierVersionGetsTheNewFields() {
        String index = "docent-test-earlier-" + UUID.randomUUID();
        connection.ensureIndex(index, TypeMapping.of(m -> m.dynamic(DynamicMapping.False)
                .properties("tenant", p -> p.keyword(k -> k)).properties("time", p -> p.date(d -> d))));
        connection.call(c -> c.index(i -> i.index(index).id("1").document(Map.of("tenant", "T1", "platform", "slack"))
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True)));

        connection.ensureIndex(index, ConversationMapping.of());
        connection.call(c -> c.index(i -> i.index(index).id("2").document(Map.of("tenant", "T1", "platform", "slack"))
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True)));

        long bySlack = connection.call(c -> c.count(q -> q.index(index).query(f -> f.term(t -> t.field("platform").value("slack"))))).count();
        assertThat(bySlack).as("the record written after the upgrade is counted; the earlier one is kept, unindexed").isEqualTo(1);
        assertThat(connection.call(c -> c.count(q -> q.index(index))).count()).isEqualTo(2);
    }

    @Test
    void secondVoteOnTheSameAnswerChangesNothing() {
        AnsweredQuestion answered = new ElasticsearchAnswerLog(connection, NOW).record("slack", question(), answer());
        FeedbackStore feedback = new ElasticsearchFeedbackStore(connection, NOW);

        assertThat(feedback.record(answered, "U1", Vote.HELPFUL)).isTrue();
        assertThat(feedback.record(answered, "U1", Vote.NOT_HELPFUL)).isFalse();
        assertThat(feedback.record(answered, "U2", Vote.NOT_HELPFUL)).isTrue();

        var stored = connection.call(c -> c.get(g -> g.index(ElasticsearchFeedbackStore.INDEX).id(answered.id() + ":U1"), Map.class));
        assertThat(stored.source()).containsEntry("vote", "HELPFUL");
    }

    @Test
    void anAnswerIsEscalatedOnceHoweverOftenItIsAsked() {
        AnsweredQuestion answered = new ElasticsearchAnswerLog(connection, NOW).record("slack", question(), answer());
        EscalationCases cases = new ElasticsearchEscalationCases(connection, NOW);

        Optional<EscalationCase> first = cases.open(answered, "U1", "Asked for a person");
        Optional<EscalationCase> again = cases.open(answered, "U1", "Asked for a person");

        assertThat(first).hasValueSatisfying(c -> {
            assertThat(c.answered().question()).isEqualTo("How do I rotate the webhook secret?");
            assertThat(c.requestedBy()).isEqualTo("U1");
        });
        assertThat(again).isEmpty();
    }

    @Test
    void retriedEventIsSeenOnceAndOldEventsAreForgotten() {
        String event = UUID.randomUUID().toString();
        EventLedger yesterday = new ElasticsearchEventLedger(connection, Clock.offset(NOW, Duration.ofDays(-1)));
        EventLedger today = new ElasticsearchEventLedger(connection, NOW);

        assertThat(yesterday.firstDelivery("slack", event)).isTrue();
        assertThat(today.firstDelivery("slack", event)).isFalse();
        assertThat(today.firstDelivery("discord", event)).as("another platform's event with the same id").isTrue();

        connection.call(c -> c.indices().refresh(r -> r.index(ElasticsearchEventLedger.INDEX)));
        assertThat(today.forgetOlderThan(Duration.ofHours(1))).isGreaterThanOrEqualTo(1);
        assertThat(today.firstDelivery("slack", event)).as("forgotten, so new again").isTrue();
    }

    @Test
    void questionsOlderThanTheRetentionGoWithTheirVotesAndCasesNewerOnesStay() {
        AnsweredQuestion old = keptWithVoteAndCase(NOW.instant().minus(Duration.ofDays(91)), "What is my old secret?");
        AnsweredQuestion recent = keptWithVoteAndCase(NOW.instant().minus(Duration.ofDays(89)), "What is my recent secret?");
        connection.call(c -> c.indices().refresh(r -> r.index("docent-*")));

        ConversationRetention.Forgotten forgotten = new ConversationRetention(connection, NOW)
                .forgetOlderThan(Duration.ofDays(90));

        assertThat(forgotten.answers()).isGreaterThanOrEqualTo(1);
        assertThat(forgotten.votes()).isGreaterThanOrEqualTo(1);
        assertThat(forgotten.cases()).isGreaterThanOrEqualTo(1);
        assertThat(exists(ElasticsearchAnswerLog.INDEX, old.id())).isFalse();
        assertThat(exists(ElasticsearchFeedbackStore.INDEX, old.id() + ":U_READER")).isFalse();
        assertThat(exists(ElasticsearchEscalationCases.INDEX, old.id())).isFalse();
        assertThat(exists(ElasticsearchAnswerLog.INDEX, recent.id())).isTrue();
        assertThat(exists(ElasticsearchFeedbackStore.INDEX, recent.id() + ":U_READER")).isTrue();
        assertThat(exists(ElasticsearchEscalationCases.INDEX, recent.id())).isTrue();
    }

    private AnsweredQuestion keptWithVoteAndCase(Instant at, String text) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        AnsweredQuestion answered = new ElasticsearchAnswerLog(connection, clock).record("slack",
                new Question(text, "U1", new Place("T_RETENTION", "C1", Visibility.PRIVATE), List.of()),
                new Answer("Not in the docs.", List.of(), List.of(), Retrieved.nothing(), false, Optional.empty(),
                        Decision.escalate("Secrets go to a person."), List.of(), Map.of(), AnswerTrace.none()));
        // The vote and the case come a day later: still about the old answer.
        Clock later = Clock.offset(clock, Duration.ofDays(1));
        new ElasticsearchFeedbackStore(connection, later).record(answered, "U_READER", Vote.NOT_HELPFUL);
        new ElasticsearchEscalationCases(connection, later).open(answered, "policy", "Secrets go to a person.");
        return answered;
    }

    private boolean exists(String index, String id) {
        return connection.call(c -> c.exists(e -> e.index(index).id(id))).value();
    }
    private static Question question() {
        return new Question("How do I rotate the webhook secret?", "U1", new Place("T1", "C1", Visibility.PRIVATE), List.of());
    }

    private static final PageReference WEBHOOKS = new PageReference("product", "webhooks.md", "Webhooks", "https://docs.example/webhooks");

    private static Citation citation() {
        return new Citation(1, "Webhooks", "Secret", "https://docs.example/webhooks#secret", "product", "webhooks.md", "Click Roll secret.");
    }

    private static Answer answer() {
        return new Answer("Click Roll secret. [1]",
                List.of(new Citation(1, "Webhooks", "Secret", "https://docs.example/webhooks#secret", "product", "webhooks.md", "Click Roll secret.")),
                List.of(), Retrieved.nothing(), true, Optional.of("how_to"), Decision.offerHuman("Billing questions get a person on offer."), List.of(), Map.of(), AnswerTrace.none());
    }
}
