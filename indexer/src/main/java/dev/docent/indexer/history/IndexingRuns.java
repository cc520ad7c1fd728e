package dev.docent.indexer.history;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.indexer.state.StateIndex;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The history of indexing runs, kept in {@code docent-state} so that every process sees the same. */
public final class IndexingRuns {

    /** Failures kept per run: enough to act on, without letting a broken corpus bloat the state index. */
    private static final int FAILURES_KEPT = 50;

    private final StateIndex state;
    private final Clock clock;

    public IndexingRuns(StateIndex state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** A run recorded as running, to be completed by {@link #finished} or {@link #failed}. */
    public record Started(String id, IndexingRun run) {
    }

    public Started started(String knowledgeBase, String mode, String source, String holder) {
        state.ensureExists();
        String id = "run:" + knowledgeBase + ":" + UUID.randomUUID();
        IndexingRun run = new IndexingRun(IndexingRun.TYPE, knowledgeBase, mode, source, holder, clock.millis(), null,
                IndexingRun.RUNNING, null, 0, 0, 0, 0, 0, 0, List.of());
        state.elasticsearch().call(c -> c.index(i -> i.index(StateIndex.NAME).id(id).document(run).refresh(
                Refresh.True)));
        return new Started(id, run);
    }

    public void finished(Started run, ReindexSummary summary) {
        IndexingRun started = run.run();
        List<IndexingRun.Failure> failures = summary.failures().stream().limit(FAILURES_KEPT)
                .map(f -> new IndexingRun.Failure(f.document(), f.reason())).toList();
        // the mode that ran: a knowledge base's first run is a rebuild whatever was asked
        save(run.id(), new IndexingRun(IndexingRun.TYPE, started.knowledgeBase(), summary.mode().label(), started.source(),
                started.holder(), started.startedAt(), clock.millis(),
                summary.failures().isEmpty() ? IndexingRun.SUCCEEDED : IndexingRun.PARTIAL, null,
                summary.added(), summary.changed(), summary.removed(), summary.unchanged(), summary.failures().size(),
                summary.chunksWritten(), failures));
    }

    public void failed(Started run, String reason) {
        IndexingRun started = run.run();
        save(run.id(), new IndexingRun(IndexingRun.TYPE, started.knowledgeBase(), started.mode(), started.source(),
                started.holder(), started.startedAt(), clock.millis(), IndexingRun.FAILED, reason,
                0, 0, 0, 0, 0, 0, List.of()));
    }

    /** The knowledge base's most recent run, whatever its outcome. */
    public Optional<IndexingRun> latest(String knowledgeBase) {
        state.ensureExists();
        var hits = state.elasticsearch().call(c -> c.search(s -> s
                .index(StateIndex.NAME)
                .size(1)
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field(StateIndex.TYPE).value(IndexingRun.TYPE)))
                        .filter(f -> f.term(t -> t.field(StateIndex.KNOWLEDGE_BASE).value(knowledgeBase)))))
                .sort(o -> o.field(f -> f.field(StateIndex.STARTED_AT).order(SortOrder.Desc))), IndexingRun.class)).hits().hits();
        return hits.isEmpty() ? Optional.empty() : Optional.ofNullable(hits.getFirst().source());
    }

    private void save(String id, IndexingRun run) {
        state.elasticsearch().call(c -> c.index(i -> i.index(StateIndex.NAME).id(id).document(run).refresh(
                Refresh.True)));
    }
}
