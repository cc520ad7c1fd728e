package dev.docent.core.install;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Install states in {@code docent-slack-install-states}, so that whichever replica the platform
 * redirects the installer to knows the state another replica issued. Taking a state deletes it,
 * and Elasticsearch reports a deletion to one caller only: two redirects carrying the same state,
 * on one replica or two, cannot both be accepted.
 */
public final class ElasticsearchInstallStates implements InstallStates {

    public static final String INDEX = "docent-slack-install-states";

    private final ElasticsearchConnection elasticsearch;
    private final Clock clock;
    private final Duration lifetime;

    /** @param lifetime how long an install may take from its start to the platform's redirect */
    public ElasticsearchInstallStates(ElasticsearchConnection elasticsearch, Clock clock, Duration lifetime) {
        this.elasticsearch = elasticsearch;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Creates the index if it does not exist yet: once, when Docent starts. */
    public static void createIndex(ElasticsearchConnection elasticsearch) {
        elasticsearch.ensureIndex(INDEX, TypeMapping.of(m -> m
                .dynamic(DynamicMapping.False)
                .properties("issued_at", p -> p.date(d -> d))));
    }

    @Override
    public void issue(String state) {
        if (!elasticsearch.createIfAbsent(INDEX, state, new Issued(clock.instant().toString()))) {
            throw new IllegalStateException("an install state was issued twice");
        }
    }

    @Override
    public boolean take(String state) {
        GetResponse<Issued> found = elasticsearch.call(c -> c.get(g -> g.index(INDEX).id(state), Issued.class));
        if (!found.found() || found.source() == null || !elasticsearch.deleteIfPresent(INDEX, state, Refresh.False)) {
            return false;
        }
        return Instant.parse(found.source().issuedAt()).plus(lifetime).isAfter(clock.instant());
    }

    @Override
    public int forgetExpired() {
        String before = clock.instant().minus(lifetime).toString();
        return elasticsearch.deleteMatching(INDEX, Query.of(q -> q.range(r -> r.date(d -> d.field("issued_at").lt(before)))));
    }

    record Issued(@JsonProperty("issued_at") String issuedAt) {
    }
}
