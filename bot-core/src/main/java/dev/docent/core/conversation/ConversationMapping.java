package dev.docent.core.conversation;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/**
 * The mapping of the conversation records (answers, feedback, escalations): the fields they are
 * searched and counted by. The rest - question, answer, citations - is stored, not indexed.
 */
public final class ConversationMapping {

    private ConversationMapping() {
    }

    public static TypeMapping of() {
        return TypeMapping.of(m -> m
                .dynamic(DynamicMapping.False)
                .properties("tenant", p -> p.keyword(k -> k))
                .properties("channel", p -> p.keyword(k -> k))
                .properties("user", p -> p.keyword(k -> k))
                .properties("intent", p -> p.keyword(k -> k))
                .properties("action", p -> p.keyword(k -> k))
                .properties("vote", p -> p.keyword(k -> k))
                .properties("time", p -> p.date(d -> d)));
    }
}
