package dev.docent.core.dedup;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Remembers which platform events were handled, so that a retried delivery (Slack resends an
 * event it thinks was lost) is never answered twice - across replicas, because Elasticsearch's
 * create-if-absent decides who saw it first.
 */
public final class ElasticsearchEventLedger implements EventLedger {

    public static final String INDEX = "docent-events";

    private final ElasticsearchConnection elasticsearch;
    private final Clock clock;

    public ElasticsearchEventLedger(ElasticsearchConnection elasticsearch, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.clock = clock;
    }

    /** Creates the index if it does not exist yet: once, when Docent starts. */
    public static void createIndex(ElasticsearchConnection elasticsearch) {
        elasticsearch.ensureIndex(INDEX, TypeMapping.of(m -> m
                .dynamic(DynamicMapping.False)
                .properties("time", p -> p.date(d -> d))));
    }

    /** True the first time an event is seen; false for every later delivery of the same event. */
    @Override
    public boolean firstDelivery(String source, String eventId) {
        return elasticsearch.createIfAbsent(INDEX, source + ":" + eventId, Map.of("time", clock.instant().toString()));
    }

    /** Forgets events older than {@code age} (platforms stop retrying within minutes); returns how many. */
    @Override
    public int forgetOlderThan(Duration age) {
        String before = clock.instant().minus(age).toString();
        return elasticsearch.deleteMatching(INDEX, Query.of(q -> q.range(r -> r.date(d -> d.field("time").lt(before)))));
    }
}
