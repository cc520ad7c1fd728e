package dev.docent.core.escalation;

import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.conversation.ConversationMapping;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Escalation cases, in Elasticsearch: at most one per answer, however many times "talk to a human"
 * is clicked and on whichever replica, so the team is never paged twice for one question.
 */
public final class ElasticsearchEscalationCases implements EscalationCases {

    public static final String INDEX = "docent-escalations";

    private final ElasticsearchConnection elasticsearch;
    private final Clock clock;

    public ElasticsearchEscalationCases(ElasticsearchConnection elasticsearch, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    /** Creates the index if it does not exist yet: once, when Docent starts. */
    public static void createIndex(ElasticsearchConnection elasticsearch) {
        elasticsearch.ensureIndex(INDEX, ConversationMapping.of());
    }

    /** Opens the case for this answer, or returns empty if it is already open. */
    @Override
    public Optional<EscalationCase> open(AnsweredQuestion answered, String requestedBy, String reason) {
        EscalationCase escalation = new EscalationCase(answered.id(), answered.tenant(), answered.channel(),
                answered.user(), requestedBy, reason, answered, clock.instant());
        return elasticsearch.createIfAbsent(INDEX, escalation.id(), escalation) ? Optional.of(escalation) : Optional.empty();
    }

    @Override
    public boolean take(String caseId, String person) {
        return elasticsearch.updateIfPresent(INDEX, caseId, Map.of(ConversationMapping.TAKEN_BY, person,
                ConversationMapping.TAKEN_AT, clock.instant().toString()));
    }

    @Override
    public boolean close(String caseId, String person) {
        return elasticsearch.updateIfPresent(INDEX, caseId, Map.of(ConversationMapping.CLOSED_BY, person,
                ConversationMapping.CLOSED_AT, clock.instant().toString()));
    }
}
