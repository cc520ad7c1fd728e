package dev.docent.core.insights;

import static dev.docent.core.conversation.ConversationMapping.ANSWER_ID;
import static dev.docent.core.conversation.ConversationMapping.VOTE;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.feedback.Vote;
import java.util.ArrayList;
import java.util.List;

/** The answers in scope that at least one reader voted not helpful, by id. */
final class DownVotedAnswers {

    /** More than any period's down-votes; Elasticsearch's bucket limit is far above it. */
    private static final int ALL = 10_000;

    private final ElasticsearchConnection elasticsearch;

    DownVotedAnswers(ElasticsearchConnection elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    List<String> in(Scope scope) {
        List<Query> filters = new ArrayList<>(scope.onCopies());
        filters.add(Scope.term(VOTE, Vote.NOT_HELPFUL.name()));
        SearchResponse<Void> response = elasticsearch.call(c -> c.search(s -> s
                .index(ElasticsearchFeedbackStore.INDEX).size(0)
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations("answers", a -> a.terms(t -> t.field(ANSWER_ID).size(ALL))), Void.class));
        return List.copyOf(OverviewQuery.counts(response.aggregations().get("answers")).keySet());
    }
}
