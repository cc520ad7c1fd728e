package dev.docent.core.dedup;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers which platform events were handled, so that a retried delivery (Slack resends an
 * event it thinks was lost) is never answered twice - across replicas, because Elasticsearch's
 * create-if-absent decides who saw it first. A claimed event carries its holder and a lease the
 * holder renews while it works; version checks ({@code if_seq_no}) decide who takes over a lapsed one.
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

    /**
     * True the first time an event is seen; false for every later delivery of the same event. The
     * record carries a token of this call: when a node dies under the write, the client sends it
     * again to another node, and finding its own token there is still a first delivery, not a repeat.
     */
    @Override
    public boolean firstDelivery(String source, String eventId) {
        return firstDelivery(source, eventId, UUID.randomUUID().toString());
    }

    boolean firstDelivery(String source, String eventId, String token) {
        String id = source + ":" + eventId;
        if (elasticsearch.createIfAbsent(INDEX, id, new Delivery(clock.instant().toString(), token, null, null))) {
            return true;
        }
        return current(id).map(found -> token.equals(found.source().holder())).orElse(false);
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code holder} names this attempt, not just the replica: a write the client retried on
     * another node after the first one died finds its own name and knows the claim is its own; a
     * redelivery to the same replica, under another name, waits like any other.
     */
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
        Optional<GetResponse<Delivery>> current = current(id);
        if (current.isEmpty() || current.get().source().handled()) {
            // Gone in between means forgotten after an hour: long past any retry worth answering.
            return new ClaimResult.Handled();
        }
        GetResponse<Delivery> found = current.get();
        Delivery delivery = found.source();
        if (holder.equals(delivery.holder())) {
            return new ClaimResult.Claimed(new Claim(source, eventId, holder, found.seqNo(), found.primaryTerm()), false);
        }
        if (delivery.leaseUntil() > clock.millis()) {
            return new ClaimResult.HeldElsewhere(delivery.holder(), Instant.ofEpochMilli(delivery.leaseUntil()));
        }
        Claim lapsed = new Claim(source, eventId, delivery.holder(), found.seqNo(), found.primaryTerm());
        return write(lapsed, held(holder, lease))
                .<ClaimResult>map(taken -> new ClaimResult.Claimed(new Claim(source, eventId, holder, taken.seqNo(),
                        taken.primaryTerm()), true))
                .orElseGet(() -> new ClaimResult.HeldElsewhere("another replica", clock.instant().plus(lease)));
    }

    @Override
    public Optional<Claim> renew(Claim claim, Duration lease) {
        return write(claim, held(claim.holder(), lease));
    }

    @Override
    public void done(Claim claim) {
        write(claim, new Delivery(clock.instant().toString(), claim.holder(), null, true));
    }

    /**
     * Writes over the version {@code claim} last saw: the written version, or empty when someone
     * else wrote in between. Whoever finds {@code delivery}'s holder there after a conflict wrote it
     * itself - the client retried the write on another node - and has it.
     */
    private Optional<Claim> write(Claim claim, Delivery delivery) {
        String id = claim.source() + ":" + claim.eventId();
        try {
            var written = elasticsearch.call(c -> c.index(r -> r.index(INDEX).id(id)
                    .document(delivery).ifSeqNo(claim.seqNo()).ifPrimaryTerm(claim.primaryTerm())));
            return Optional.of(claim.at(written.seqNo(), written.primaryTerm()));
        } catch (ElasticsearchException e) {
            if (e.status() != 409 && e.status() != 404) {
                throw e;
            }
        }
        return current(id).filter(found -> delivery.holder().equals(found.source().holder()))
                .map(found -> new Claim(claim.source(), claim.eventId(), delivery.holder(), found.seqNo(), found.primaryTerm()));
    }

    private Optional<GetResponse<Delivery>> current(String id) {
        GetResponse<Delivery> found = elasticsearch.call(c -> c.get(g -> g.index(INDEX).id(id), Delivery.class));
        return found.found() && found.source() != null ? Optional.of(found) : Optional.empty();
    }

    private Delivery held(String holder, Duration lease) {
        return new Delivery(clock.instant().toString(), holder, clock.millis() + lease.toMillis(), false);
    }

    /**
     * One delivered event as stored. A record written by {@link #firstDelivery} has no lease: it
     * counts as handled.
     */
    record Delivery(@JsonProperty("time") String time, @JsonProperty("holder") String holder,
                    @JsonProperty("lease_until") Long leaseUntil, @JsonProperty("done") Boolean done) {

        boolean handled() {
            return leaseUntil == null || Boolean.TRUE.equals(done);
        }
    }

    /** Forgets events older than {@code age} (platforms stop retrying within minutes); returns how many. */
    @Override
    public int forgetOlderThan(Duration age) {
        String before = clock.instant().minus(age).toString();
        return elasticsearch.deleteMatching(INDEX, Query.of(q -> q.range(r -> r.date(d -> d.field("time").lt(before)))));
    }
}
