package dev.docent.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.Decision;
import dev.docent.core.dedup.ElasticsearchEventLedger;
import dev.docent.core.dedup.EventLedger;
import dev.docent.core.desk.DeskIndices;
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
        AnsweredQuestion recorded = log.record(question(), answer());

        AnsweredQuestion found = log.find(recorded.id()).orElseThrow();

        assertThat(found).isEqualTo(recorded);
        assertThat(found.question()).isEqualTo("How do I rotate the webhook secret?");
        assertThat(found.citations()).extracting(Citation::url).containsExactly("https://docs.example/webhooks#secret");
        assertThat(found.action()).isEqualTo("answer_and_offer_human");
        assertThat(found.time()).isEqualTo(NOW.instant());
        assertThat(log.find("no-such-answer")).isEmpty();
    }

    @Test
    void secondVoteOnTheSameAnswerChangesNothing() {
        AnsweredQuestion answered = new ElasticsearchAnswerLog(connection, NOW).record(question(), answer());
        FeedbackStore feedback = new ElasticsearchFeedbackStore(connection, NOW);

        assertThat(feedback.record(answered, "U1", Vote.HELPFUL)).isTrue();
        assertThat(feedback.record(answered, "U1", Vote.NOT_HELPFUL)).isFalse();
        assertThat(feedback.record(answered, "U2", Vote.NOT_HELPFUL)).isTrue();

        var stored = connection.call(c -> c.get(g -> g.index(ElasticsearchFeedbackStore.INDEX).id(answered.id() + ":U1"), Map.class));
        assertThat(stored.source()).containsEntry("vote", "HELPFUL");
    }

    @Test
    void anAnswerIsEscalatedOnceHoweverOftenItIsAsked() {
        AnsweredQuestion answered = new ElasticsearchAnswerLog(connection, NOW).record(question(), answer());
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

    private static Question question() {
        return new Question("How do I rotate the webhook secret?", "U1", new Place("T1", "C1", Visibility.PRIVATE), List.of());
    }

    private static Answer answer() {
        return new Answer("Click Roll secret. [1]",
                List.of(new Citation(1, "Webhooks", "Secret", "https://docs.example/webhooks#secret", "product", "webhooks.md", "Click Roll secret.")),
                List.of(), Retrieved.nothing(), true, Optional.of("how_to"), Decision.offerHuman("Billing questions get a person on offer."), List.of(), Map.of());
    }
}
