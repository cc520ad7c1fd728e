package dev.docent.core.insights;

import static dev.docent.core.conversation.ConversationMapping.CLOSED_AT;
import static dev.docent.core.conversation.ConversationMapping.TIME;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.escalation.CaseProgress;
import dev.docent.core.escalation.ElasticsearchEscalationCases;
import dev.docent.core.escalation.EscalationCase;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/** The escalation cases in scope, counted open and closed, with the most recent ones listed. */
public final class CasesQuery {

    private final ElasticsearchConnection elasticsearch;
    private final Clock clock;

    public CasesQuery(ElasticsearchConnection elasticsearch, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    /** @param limit how many cases to list (the counts cover them all) */
    public CaseReport report(Scope scope, int limit) {
        SearchResponse<JsonData> response = elasticsearch.call(c -> c.search(s -> s
                .index(ElasticsearchEscalationCases.INDEX).size(limit).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(scope.onCopies())))
                .sort(o -> o.field(f -> f.field(TIME).order(SortOrder.Desc)))
                .aggregations("closed", a -> a.filter(f -> f.exists(e -> e.field(CLOSED_AT)))), JsonData.class));
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        long closed = response.aggregations().get("closed").filter().docCount();
        List<CaseView> cases = response.hits().hits().stream().map(this::view)
                .sorted(Comparator.comparing((CaseView v) -> v.progress().closed())
                        .thenComparing(v -> v.escalation().time(), Comparator.reverseOrder()))
                .toList();
        return new CaseReport(scope, total - closed, closed, cases);
    }

    private CaseView view(Hit<JsonData> hit) {
        EscalationCase escalation = hit.source().to(EscalationCase.class);
        CaseProgress progress = hit.source().to(CaseProgress.class);
        Duration age = Duration.between(escalation.time(), progress.closed() ? progress.closedAt() : clock.instant());
        return new CaseView(escalation, progress, age);
    }
}
