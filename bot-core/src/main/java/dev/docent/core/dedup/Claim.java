package dev.docent.core.dedup;

/**
 * A replica's hold on one platform event while it handles it: who holds it and, for Elasticsearch's
 * optimistic concurrency, the version of the record it last wrote - a renewal or a take-over by
 * someone else changes it, so nobody extends or closes a hold that is no longer theirs.
 */
public record Claim(String source, String eventId, String holder, long seqNo, long primaryTerm) {

    /** The same hold at the version a renewal wrote. */
    Claim at(long newSeqNo, long newPrimaryTerm) {
        return new Claim(source, eventId, holder, newSeqNo, newPrimaryTerm);
    }
}
