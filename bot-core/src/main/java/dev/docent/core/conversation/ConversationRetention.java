package dev.docent.core.conversation;

import static dev.docent.core.conversation.ConversationMapping.TIME;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import java.time.Clock;
import java.time.Duration;

/**
 * Forgets questions asked longer ago than the retention period, with every copy of the askers'
 * words: the answer log's record, the votes on the answer and the case it opened (both carry the
 * question). Votes and cases always come after their answer, so one of them older than the period
 * is about an answer older than it too.
 */
public final class ConversationRetention {

    /** How many records went, by kind. */
    public record Forgotten(int answers, int votes, int cases) {

        public int total() {
            return answers + votes + cases;
        }
    }

    private final ElasticsearchConnection elasticsearch;
    private final Clock clock;

    public ConversationRetention(ElasticsearchConnection elasticsearch, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    public Forgotten forgetOlderThan(Duration retention) {
        String before = clock.instant().minus(retention).toString();
        return new Forgotten(
                elasticsearch.deleteMatching(ElasticsearchAnswerLog.INDEX, olderThan(TIME, before)),
                elasticsearch.deleteMatching(ElasticsearchFeedbackStore.INDEX, copyOlderThan(before)),
                elasticsearch.deleteMatching(ElasticsearchEscalationCases.INDEX, copyOlderThan(before)));
    }

    /** The copy's answer time, or the record's own time for records whose copy predates its mapping. */
    private static Query copyOlderThan(String before) {
        return Query.of(q -> q.bool(b -> b.should(olderThan(ConversationMapping.answered(TIME), before), olderThan(TIME, before))
                .minimumShouldMatch("1")));
    }

    private static Query olderThan(String field, String before) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).lt(before))));
    }
}
