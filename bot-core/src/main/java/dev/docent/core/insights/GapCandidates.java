package dev.docent.core.insights;

import static dev.docent.core.conversation.ConversationMapping.ACTION;
import static dev.docent.core.conversation.ConversationMapping.GROUNDED;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.docent.core.answer.Action;
import dev.docent.core.answer.PageReference;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.intent.HalfFloats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads every refused, escalated or down-voted question in scope, however many: a scroll over the answer log. */
final class GapCandidates {

    private static final int PAGE = 1_000;

    /** The fields of an answer record the report reads (the embedding as the answer log keeps it). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Logged(String question, Instant time, boolean grounded, String action, List<PageReference> retrievedPages,
                  String embedding) {
    }
    private static final String KEEP_ALIVE = "1m";

    private final ElasticsearchConnection elasticsearch;
    private final DownVotedAnswers downVotes;

    GapCandidates(ElasticsearchConnection elasticsearch) {
        this.elasticsearch = elasticsearch;
        this.downVotes = new DownVotedAnswers(elasticsearch);
    }

    List<GapQuestion> in(Scope scope) {
        Set<String> downVoted = new HashSet<>(downVotes.in(scope));
        List<Query> unserved = new ArrayList<>(List.of(
                Query.of(q -> q.term(t -> t.field(GROUNDED).value(false))),
                Scope.term(ACTION, OverviewQuery.key(Action.ESCALATE))));
        if (!downVoted.isEmpty()) {
            unserved.add(Query.of(q -> q.ids(i -> i.values(List.copyOf(downVoted)))));
        }
        List<GapQuestion> questions = new ArrayList<>();
        SearchResponse<Logged> first = elasticsearch.call(c -> c.search(s -> s
                .index(ElasticsearchAnswerLog.INDEX).size(PAGE).scroll(t -> t.time(KEEP_ALIVE))
                .query(q -> q.bool(b -> b.filter(scope.onAnswers()).should(unserved).minimumShouldMatch("1")))
                .source(src -> src.filter(f -> f.includes("question", "time", "grounded", "action", "retrievedPages", "embedding"))),
                Logged.class));
        String scrollId = first.scrollId();
        List<Hit<Logged>> hits = first.hits().hits();
        try {
            while (!hits.isEmpty()) {
                hits.forEach(hit -> questions.add(question(hit, downVoted)));
                String id = scrollId;
                ScrollResponse<Logged> next = elasticsearch.call(c -> c.scroll(r -> r.scrollId(id).scroll(t -> t.time(KEEP_ALIVE)),
                        Logged.class));
                scrollId = next.scrollId();
                hits = next.hits().hits();
            }
        } finally {
            String id = scrollId;
            elasticsearch.call(c -> c.clearScroll(r -> r.scrollId(id)));
        }
        return questions;
    }

    private static GapQuestion question(Hit<Logged> hit, Set<String> downVoted) {
        Logged logged = hit.source();
        return new GapQuestion(hit.id(), logged.question(), logged.time(), !logged.grounded(),
                OverviewQuery.key(Action.ESCALATE).equals(logged.action()), downVoted.contains(hit.id()),
                logged.retrievedPages() == null ? List.of() : logged.retrievedPages(),
                logged.embedding() == null ? new float[0] : HalfFloats.decode(logged.embedding()));
    }
}
