package dev.docent.core.dedup;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers which platform events were handled, so that a retried delivery (Slack resends an
 * event it thinks was lost) is never answered twice - across replicas, because Elasticsearch's
 * create-if-absent decides who saw it first. A claimed event carries its holder and a lease the
 * holder renews while it works; version checks ({@code if_seq_no}) decide who takes over a lapsed one.
 */
public final class ElasticsearchEventLedger implements EventLedger {

    public static final String INDEX = "docent-events";
    private static final int PAGE = 1_000;

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

    @Override
    public ClaimResult claim(String source, String eventId, String holder, Duration lease) {
        String id = source + ":" + eventId;
        try {
            var created = elasticsearch.call(c -> c.create(r -> r.index(INDEX).id(id).document(held(holder, lease))));
            return new ClaimResult.Claimed(new Claim(source, eventId, holder, created.seqNo(), created.primaryTerm()), false);
        } catch (ElasticsearchException e) {
            if (e.status() != 409) {
                throw e;
            }
        }
        GetResponse<Delivery> found = elasticsearch.call(c -> c.get(g -> g.index(INDEX).id(id), Delivery.class));
        Delivery delivery = found.source();
        if (!found.found() || delivery == null || delivery.handled() || holder.equals(delivery.holder())) {
            // Gone in between means forgotten after an hour: long past any retry worth answering.
            return new ClaimResult.Handled();
        }
        if (delivery.leaseUntil() > clock.millis()) {
            return new ClaimResult.HeldElsewhere(delivery.holder(), Instant.ofEpochMilli(delivery.leaseUntil()));
        }
        try {
            var taken = elasticsearch.call(c -> c.index(r -> r.index(INDEX).id(id).document(held(holder, lease))
                    .ifSeqNo(found.seqNo()).ifPrimaryTerm(found.primaryTerm())));
            return new ClaimResult.Claimed(new Claim(source, eventId, holder, taken.seqNo(), taken.primaryTerm()), true);
        } catch (ElasticsearchException e) {
            if (e.status() != 409) {
                throw e;
            }
            // Another replica took it over first: it is at work on it now.
            return new ClaimResult.HeldElsewhere("another replica", clock.instant().plus(lease));
        }
    }

    @Override
    public Optional<Claim> renew(Claim claim, Duration lease) {
        return write(claim, held(claim.holder(), lease));
    }

    @Override
    public void done(Claim claim) {
        write(claim, new Delivery(clock.instant().toString(), claim.holder(), null, true));
    }

    private Optional<Claim> write(Claim claim, Delivery delivery) {
        try {
            var written = elasticsearch.call(c -> c.index(r -> r.index(INDEX).id(claim.source() + ":" + claim.eventId())
                    .document(delivery).ifSeqNo(claim.seqNo()).ifPrimaryTerm(claim.primaryTerm())));
            return Optional.of(claim.at(written.seqNo(), written.primaryTerm()));
        } catch (ElasticsearchException e) {
            if (e.status() == 409 || e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Delivery held(String holder, Duration lease) {
        return new Delivery(clock.instant().toString(), holder, clock.millis() + lease.toMillis(), false);
    }

    /**
     * One delivered event as stored. A record written by {@link #firstDelivery} has only its time:
     * it counts as handled.
     */
    record Delivery(@JsonProperty("time") String time, @JsonProperty("holder") String holder,
                    @JsonProperty("lease_until") Long leaseUntil, @JsonProperty("done") Boolean done) {

        boolean handled() {
            return leaseUntil == null || Boolean.TRUE.equals(done);
        }
    }

    /**
     * Forgets events older than {@code age} (platforms stop retrying within minutes); returns how
     * many. Search and delete in pages, as not every cluster has delete-by-query.
     */
    @Override
    public int forgetOlderThan(Duration age) {
        String before = clock.instant().minus(age).toString();
        int forgotten = 0;
        while (true) {
            List<String> ids = elasticsearch.call(c -> c.search(s -> s.index(INDEX).size(PAGE).source(src -> src.fetch(false))
                    .query(q -> q.range(r -> r.date(d -> d.field("time").lt(before)))), Void.class))
                    .hits().hits().stream().map(h -> h.id()).toList();
            if (ids.isEmpty()) {
                return forgotten;
            }
            elasticsearch.call(c -> c.bulk(b -> {
                ids.forEach(id -> b.operations(op -> op.delete(d -> d.index(INDEX).id(id))));
                return b.refresh(Refresh.True);
            }));
            forgotten += ids.size();
        }
    }
}
