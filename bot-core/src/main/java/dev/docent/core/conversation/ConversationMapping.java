package dev.docent.core.conversation;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.util.Map;

/**
 * The mapping of the conversation records (answers, feedback, escalations): the fields they are
 * searched and counted by, named once here for the writers and the overview's queries alike. The
 * rest - question, answer, citations, the question's embedding - is stored, not indexed. Fields
 * are only ever added, so an index made by an earlier version takes this mapping as it is (records
 * written before a field existed simply lack it).
 */
public final class ConversationMapping {

    public static final String TENANT = "tenant";
    public static final String PLATFORM = "platform";
    public static final String KNOWLEDGE_BASES = "knowledgeBases";
    public static final String ACTION = "action";
    public static final String GROUNDED = "grounded";
    public static final String TIME = "time";
    public static final String LATENCY_MS = "latencyMs";
    public static final String CACHED = "cached";
    public static final String INPUT_TOKENS = "inputTokens";
    public static final String OUTPUT_TOKENS = "outputTokens";
    public static final String COST_USD = "costUsd";
    public static final String CITED_PAGES = "citedPages";
    /** Feedback: the vote and the answer it is about. */
    public static final String VOTE = "vote";
    public static final String ANSWER_ID = "answerId";
    /** Cases: who took one and when, who closed it and when. */
    public static final String TAKEN_BY = "takenBy";
    public static final String TAKEN_AT = "takenAt";
    public static final String CLOSED_BY = "closedBy";
    public static final String CLOSED_AT = "closedAt";
    /** Feedback and cases: their copy of the answered question, whose fields are prefixed with this. */
    public static final String ANSWERED = "answered";

    private ConversationMapping() {
    }

    /** A field of the answered question as a vote or a case holds it, e.g. {@code answered.platform}. */
    public static String answered(String field) {
        return ANSWERED + "." + field;
    }

    public static TypeMapping of() {
        return TypeMapping.of(m -> m
                .dynamic(DynamicMapping.False)
                .properties(TENANT, p -> p.keyword(k -> k))
                .properties("channel", p -> p.keyword(k -> k))
                .properties("user", p -> p.keyword(k -> k))
                .properties("intent", p -> p.keyword(k -> k))
                .properties(ACTION, p -> p.keyword(k -> k))
                .properties(VOTE, p -> p.keyword(k -> k))
                .properties(TIME, p -> p.date(d -> d))
                .properties(answerFields())
                .properties(LATENCY_MS, p -> p.double_(d -> d))
                .properties(CACHED, p -> p.boolean_(b -> b))
                .properties(INPUT_TOKENS, p -> p.long_(l -> l))
                .properties(OUTPUT_TOKENS, p -> p.long_(l -> l))
                .properties(COST_USD, p -> p.double_(d -> d))
                .properties(CITED_PAGES, p -> p.keyword(k -> k))
                .properties(ANSWER_ID, p -> p.keyword(k -> k))
                .properties(TAKEN_BY, p -> p.keyword(k -> k))
                .properties(TAKEN_AT, p -> p.date(d -> d))
                .properties(CLOSED_BY, p -> p.keyword(k -> k))
                .properties(CLOSED_AT, p -> p.date(d -> d))
                .properties(ANSWERED, p -> p.object(o -> o.properties(answerFields()).properties(TENANT, t -> t.keyword(k -> k)))));
    }

    /** What an answer is counted by, at the top of an answer record and inside a vote's or case's copy. */
    private static Map<String, Property> answerFields() {
        return Map.of(
                PLATFORM, Property.of(p -> p.keyword(k -> k)),
                KNOWLEDGE_BASES, Property.of(p -> p.keyword(k -> k)),
                GROUNDED, Property.of(p -> p.boolean_(b -> b)),
                ACTION, Property.of(p -> p.keyword(k -> k)),
                TIME, Property.of(p -> p.date(d -> d)));
    }
}
