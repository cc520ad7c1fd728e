package dev.docent.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EmbeddedElasticsearchTest
class ConversationRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(90);

    ElasticsearchEndpoint elasticsearch;
    private ElasticsearchConnection connection;
    private final Instant now = Instant.now();

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
    void questionsOlderThanTheRetentionGoWithTheirVotesAndCasesNewerOnesStay() {
        AnsweredQuestion old = keptWithVoteAndCase(now.minus(Duration.ofDays(91)), "What is my old secret?");
        AnsweredQuestion recent = keptWithVoteAndCase(now.minus(Duration.ofDays(89)), "What is my recent secret?");
        connection.call(c -> c.indices().refresh(r -> r.index("docent-*")));

        ConversationRetention.Forgotten forgotten = new ConversationRetention(connection, Clock.fixed(now, ZoneOffset.UTC))
                .forgetOlderThan(RETENTION);

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
}
