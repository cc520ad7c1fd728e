package dev.docent.indexer.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docent.indexer.state.StateIndex;
import java.util.List;

/**
 * One indexing run of a knowledge base as recorded in {@code docent-state}: started as
 * {@code running}, then {@code succeeded}, {@code partial} (some documents failed) or
 * {@code failed} (nothing served changed, see {@code reason}). Times are epoch milliseconds.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexingRun(
        @JsonProperty(StateIndex.TYPE) String type,
        @JsonProperty(StateIndex.KNOWLEDGE_BASE) String knowledgeBase,
        @JsonProperty("mode") String mode,
        @JsonProperty("source") String source,
        @JsonProperty("holder") String holder,
        @JsonProperty(StateIndex.STARTED_AT) long startedAt,
        @JsonProperty("finished_at") Long finishedAt,
        @JsonProperty("outcome") String outcome,
        @JsonProperty("reason") String reason,
        @JsonProperty("added") int added,
        @JsonProperty("changed") int changed,
        @JsonProperty("removed") int removed,
        @JsonProperty("unchanged") int unchanged,
        @JsonProperty("failed") int failed,
        @JsonProperty("chunks_written") int chunksWritten,
        @JsonProperty("failures") List<Failure> failures) {

    public static final String TYPE = "indexing_run";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String PARTIAL = "partial";
    public static final String FAILED = "failed";

    public IndexingRun {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    /** A document that failed in this run, and why. */
    public record Failure(@JsonProperty("document") String document, @JsonProperty("reason") String reason) {
    }
}
