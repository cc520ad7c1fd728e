package dev.docent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.conversation.ConversationRetention;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.testing.Await;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@EmbeddedElasticsearchTest
class RetentionScheduleTest {

    ElasticsearchEndpoint elasticsearch;

    @Test
    void questionsThatGrowOlderThanTheRetentionAreForgottenWhileServing() {
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty())) {
            DeskIndices.create(connection);
            AnsweredQuestion before = record(connection, Instant.now().minus(Duration.ofDays(40)));
            AnsweredQuestion recent = record(connection, Instant.now().minus(Duration.ofDays(2)));
            try (RetentionSchedule schedule = RetentionSchedule.start(new ConversationRetention(connection, Clock.systemUTC()),
                    Duration.ofDays(30), Duration.ofMillis(200))) {
                Await.until("the question asked before the retention period to be forgotten", () -> !exists(connection, before));
                // Written after the first run: only a later run can forget it.
                AnsweredQuestion later = record(connection, Instant.now().minus(Duration.ofDays(31)));
                Await.until("a later run to forget a question recorded since", () -> !exists(connection, later));
            }
            assertThat(exists(connection, recent)).isTrue();
        }
    }

    private static AnsweredQuestion record(ElasticsearchConnection connection, Instant at) {
        AnsweredQuestion answered = new ElasticsearchAnswerLog(connection, Clock.fixed(at, ZoneOffset.UTC)).record("slack",
                new Question("How do I export?", "U1", new Place("T_SCHEDULE", "C1", Visibility.PRIVATE), List.of()),
                new Answer("Not in the docs.", List.of(), List.of(), Retrieved.nothing(), false, Optional.empty(),
                        Decision.answer(), List.of(), Map.of(), AnswerTrace.none()));
        connection.call(c -> c.indices().refresh(r -> r.index(ElasticsearchAnswerLog.INDEX)));
        return answered;
    }

    private static boolean exists(ElasticsearchConnection connection, AnsweredQuestion answered) {
        return connection.call(c -> c.exists(e -> e.index(ElasticsearchAnswerLog.INDEX).id(answered.id()))).value();
    }
}
