package dev.docent.core.insights;

import static dev.docent.core.conversation.ConversationMapping.ACTION;
import static dev.docent.core.conversation.ConversationMapping.CACHED;
import static dev.docent.core.conversation.ConversationMapping.COST_USD;
import static dev.docent.core.conversation.ConversationMapping.GROUNDED;
import static dev.docent.core.conversation.ConversationMapping.INPUT_TOKENS;
import static dev.docent.core.conversation.ConversationMapping.KNOWLEDGE_BASES;
import static dev.docent.core.conversation.ConversationMapping.LATENCY_MS;
import static dev.docent.core.conversation.ConversationMapping.OUTPUT_TOKENS;
import static dev.docent.core.conversation.ConversationMapping.PLATFORM;
import static dev.docent.core.conversation.ConversationMapping.TENANT;
import static dev.docent.core.conversation.ConversationMapping.TIME;
import static dev.docent.core.conversation.ConversationMapping.VOTE;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.ArrayPercentilesItem;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.docent.core.answer.Action;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.feedback.ElasticsearchFeedbackStore;
import dev.docent.core.feedback.Vote;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The overview in three searches with aggregations, whatever the number of questions: the answers
 * in scope (outcomes per day, latency percentiles, cache hits, tokens and cost), the votes on them,
 * and what the period holds to filter by.
 */
public final class OverviewQuery {

    private static final int FACET_VALUES = 100;

    private final ElasticsearchConnection elasticsearch;

    public OverviewQuery(ElasticsearchConnection elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    public Overview overview(Scope scope) {
        SearchResponse<Void> answers = elasticsearch.call(c -> c.search(s -> s
                .index(ElasticsearchAnswerLog.INDEX).size(0)
                .query(q -> q.bool(b -> b.filter(scope.onAnswers())))
                .aggregations("days", a -> a.dateHistogram(h -> h.field(TIME).calendarInterval(CalendarInterval.Day)
                                .timeZone("UTC").minDocCount(0)
                                .extendedBounds(e -> e.min(millis(scope.period().from())).max(millis(lastMoment(scope)))))
                        .aggregations("actions", sub -> sub.terms(t -> t.field(ACTION))))
                .aggregations("notInDocs", a -> a.filter(f -> f.term(t -> t.field(GROUNDED).value(false))))
                .aggregations("latency", a -> a.percentiles(p -> p.field(LATENCY_MS).percents(50.0, 95.0).keyed(false)))
                .aggregations("cacheKnown", a -> a.filter(f -> f.exists(e -> e.field(CACHED))))
                .aggregations("cacheHits", a -> a.filter(f -> f.term(t -> t.field(CACHED).value(true))))
                .aggregations("inputTokens", a -> a.sum(m -> m.field(INPUT_TOKENS)))
                .aggregations("outputTokens", a -> a.sum(m -> m.field(OUTPUT_TOKENS)))
                .aggregations("cost", a -> a.sum(m -> m.field(COST_USD)))
                .aggregations("costKnown", a -> a.filter(f -> f.exists(e -> e.field(COST_USD)))), Void.class));
        Map<String, Aggregate> aggs = answers.aggregations();

        List<Overview.Day> days = new ArrayList<>();
        long answered = 0;
        long offered = 0;
        long escalated = 0;
        for (DateHistogramBucket bucket : aggs.get("days").dateHistogram().buckets().array()) {
            Map<String, Long> actions = counts(bucket.aggregations().get("actions"));
            Overview.Day day = new Overview.Day(LocalDate.ofInstant(Instant.ofEpochMilli(bucket.key()), ZoneOffset.UTC),
                    actions.getOrDefault(key(Action.ANSWER), 0L), actions.getOrDefault(key(Action.ANSWER_AND_OFFER_HUMAN), 0L),
                    actions.getOrDefault(key(Action.ESCALATE), 0L));
            days.add(day);
            answered += day.answered();
            offered += day.offeredPerson();
            escalated += day.escalated();
        }
        Overview.Outcomes outcomes = new Overview.Outcomes(answered + offered + escalated, answered, offered, escalated,
                aggs.get("notInDocs").filter().docCount());

        List<ArrayPercentilesItem> latency = aggs.get("latency").tdigestPercentiles().values().array();
        long cacheKnown = aggs.get("cacheKnown").filter().docCount();
        long costKnown = aggs.get("costKnown").filter().docCount();
        Map<String, Long> votes = votes(scope);
        return new Overview(scope, outcomes, days,
                votes.getOrDefault(Vote.HELPFUL.name(), 0L), votes.getOrDefault(Vote.NOT_HELPFUL.name(), 0L),
                percentile(latency, 50.0), percentile(latency, 95.0),
                cacheKnown == 0 ? null : (double) aggs.get("cacheHits").filter().docCount() / cacheKnown,
                (long) sum(aggs.get("inputTokens")), (long) sum(aggs.get("outputTokens")),
                costKnown == 0 ? null : sum(aggs.get("cost")),
                facets(scope.period()));
    }

    private Map<String, Long> votes(Scope scope) {
        SearchResponse<Void> votes = elasticsearch.call(c -> c.search(s -> s
                .index(ElasticsearchFeedbackStore.INDEX).size(0)
                .query(q -> q.bool(b -> b.filter(scope.onCopies())))
                .aggregations("votes", a -> a.terms(t -> t.field(VOTE))), Void.class));
        return counts(votes.aggregations().get("votes"));
    }

    /** The tenants, platforms and knowledge bases questions were asked in over the period, to filter by. */
    public Overview.Facets facets(Period period) {
        SearchResponse<Void> seen = elasticsearch.call(c -> c.search(s -> s
                .index(ElasticsearchAnswerLog.INDEX).size(0)
                .query(q -> q.bool(b -> b.filter(Scope.of(period).onAnswers())))
                .aggregations(TENANT, a -> a.terms(t -> t.field(TENANT).size(FACET_VALUES)))
                .aggregations(PLATFORM, a -> a.terms(t -> t.field(PLATFORM).size(FACET_VALUES)))
                .aggregations(KNOWLEDGE_BASES, a -> a.terms(t -> t.field(KNOWLEDGE_BASES).size(FACET_VALUES))), Void.class));
        return new Overview.Facets(sortedKeys(seen.aggregations().get(TENANT)), sortedKeys(seen.aggregations().get(PLATFORM)),
                sortedKeys(seen.aggregations().get(KNOWLEDGE_BASES)));
    }

    /** Bucket keys and counts of a terms aggregation (absent when the index has no such field yet). */
    static Map<String, Long> counts(Aggregate terms) {
        Map<String, Long> counts = new HashMap<>();
        if (terms != null && terms.isSterms()) {
            for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
                counts.put(bucket.key().stringValue(), bucket.docCount());
            }
        }
        return counts;
    }

    private static List<String> sortedKeys(Aggregate terms) {
        return counts(terms).keySet().stream().sorted().toList();
    }

    private static Double percentile(List<ArrayPercentilesItem> values, double percent) {
        return values.stream().filter(v -> v.key() == percent).map(ArrayPercentilesItem::value)
                .filter(v -> v != null && !v.isNaN()).findFirst().orElse(null);
    }

    /** A sum over no values is null in the response: nothing was added up, which is zero. */
    private static double sum(Aggregate sum) {
        Double value = sum.sum().value();
        return value == null ? 0 : value;
    }

    static String key(Action action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    private static FieldDateMath millis(Instant instant) {
        return FieldDateMath.of(f -> f.value(instant.toEpochMilli()));
    }

    /** The period's end is exclusive: its last day is the one holding the moment before it. */
    private static Instant lastMoment(Scope scope) {
        return scope.period().to().minusMillis(1);
    }
}
