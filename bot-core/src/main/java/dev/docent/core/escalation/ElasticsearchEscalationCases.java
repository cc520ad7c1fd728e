package dev.docent.core.escalation;

import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.conversation.ConversationMapping;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Escalation cases, in Elasticsearch: at most one per answer, however many times "talk to a human"
 * is clicked and on whichever replica, so the team is never paged twice for one question.
 */
public final class ElasticsearchEscalationCases implements EscalationCases {

    public static final String INDEX = "docent-escalations";
    /** Where each case's message is: {@code <channel>/<message id>} to the case id. */
    public static final String MESSAGES = "docent-escalation-messages";

    private record Placement(String caseId, String tenant, Instant time) {
    }

    private final ElasticsearchConnection elasticsearch;
    private final Clock clock;

    public ElasticsearchEscalationCases(ElasticsearchConnection elasticsearch, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    /** Creates the index if it does not exist yet: once, when Docent starts. */
    public static void createIndex(ElasticsearchConnection elasticsearch) {
        elasticsearch.ensureIndex(INDEX, ConversationMapping.of());
        elasticsearch.ensureIndex(MESSAGES, ConversationMapping.of());
    }

    /** Opens the case for this answer, or returns empty if it is already open. */
    @Override
    public Optional<EscalationCase> open(AnsweredQuestion answered, String requestedBy, String reason) {
        EscalationCase escalation = new EscalationCase(answered.id(), answered.tenant(), answered.channel(),
                answered.user(), requestedBy, reason, answered, clock.instant());
        return elasticsearch.createIfAbsent(INDEX, escalation.id(), escalation) ? Optional.of(escalation) : Optional.empty();
    }

    @Override
    public void placed(EscalationCase escalation, String channel, String messageId) {
        Placement placement = new Placement(escalation.id(), escalation.tenant(), clock.instant());
        elasticsearch.call(c -> c.index(i -> i.index(MESSAGES).id(channel + "/" + messageId).document(placement)));
    }

    @Override
    public Optional<EscalationCase> atMessage(String channel, String messageId) {
        GetResponse<Placement> placement = elasticsearch.call(c -> c.get(g -> g.index(MESSAGES).id(channel + "/" + messageId),
                Placement.class));
        if (!placement.found() || placement.source() == null) {
            return Optional.empty();
        }
        GetResponse<EscalationCase> escalation = elasticsearch.call(c -> c.get(g -> g.index(INDEX)
                .id(placement.source().caseId()), EscalationCase.class));
        return escalation.found() ? Optional.ofNullable(escalation.source()) : Optional.empty();
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
