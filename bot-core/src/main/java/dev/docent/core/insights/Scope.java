package dev.docent.core.insights;

import static dev.docent.core.conversation.ConversationMapping.KNOWLEDGE_BASES;
import static dev.docent.core.conversation.ConversationMapping.PLATFORM;
import static dev.docent.core.conversation.ConversationMapping.TENANT;
import static dev.docent.core.conversation.ConversationMapping.TIME;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.docent.core.conversation.ConversationMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which questions a report covers: those asked in a period, optionally only in one tenant, on one
 * platform, or searching one knowledge base. Votes and cases are in scope when the answer they are
 * about is.
 */
public record Scope(Period period, Optional<String> tenant, Optional<String> platform, Optional<String> knowledgeBase) {

    public Scope {
        Objects.requireNonNull(period, "period");
        tenant = tenant.filter(t -> !t.isBlank());
        platform = platform.filter(p -> !p.isBlank());
        knowledgeBase = knowledgeBase.filter(k -> !k.isBlank());
    }

    public static Scope of(Period period) {
        return new Scope(period, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The filters on an answer record. */
    List<Query> onAnswers() {
        return filters("");
    }

    /** The same filters on a vote's or a case's copy of the answered question. */
    List<Query> onCopies() {
        return filters(ConversationMapping.ANSWERED + ".");
    }

    private List<Query> filters(String prefix) {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field(prefix + TIME)
                .gte(period.from().toString()).lt(period.to().toString())))));
        tenant.ifPresent(t -> filters.add(term(prefix + TENANT, t)));
        platform.ifPresent(p -> filters.add(term(prefix + PLATFORM, p)));
        knowledgeBase.ifPresent(k -> filters.add(term(prefix + KNOWLEDGE_BASES, k)));
        return filters;
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
