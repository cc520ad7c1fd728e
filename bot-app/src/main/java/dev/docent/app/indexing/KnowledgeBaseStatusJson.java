package dev.docent.app.indexing;

import dev.docent.core.reindex.KnowledgeBaseStatus;
import dev.docent.core.reindex.ReindexRun;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A knowledge base's status as JSON, the same for {@code docent kb status --json} and the admin page's endpoint. */
public final class KnowledgeBaseStatusJson {

    private KnowledgeBaseStatusJson() {
    }

    /** @param sources where docent.yml says it is indexed from, as people read them (none when it does not declare it) */
    public static Map<String, Object> of(KnowledgeBaseStatus status, List<String> sources) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", status.name());
        json.put("internal", status.internal());
        json.put("indexed", status.indexed());
        json.put("documents", status.documents());
        json.put("chunks", status.chunks());
        json.put("outdated", status.outdated());
        json.put("sources", List.copyOf(sources));
        json.put("reindexing", status.reindexing().map(now -> Map.of("holder", now.holder(),
                "since", now.since().toEpochMilli())).orElse(null));
        json.put("lastRun", status.lastRun().map(KnowledgeBaseStatusJson::run).orElse(null));
        return json;
    }

    private static Map<String, Object> run(ReindexRun run) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("mode", run.mode().label());
        r.put("source", run.source());
        r.put("outcome", run.outcome().label());
        r.put("reason", run.reason().orElse(null));
        r.put("startedAt", run.startedAt().toEpochMilli());
        r.put("finishedAt", run.finishedAt().map(Instant::toEpochMilli).orElse(null));
        r.put("added", run.added());
        r.put("changed", run.changed());
        r.put("removed", run.removed());
        r.put("unchanged", run.unchanged());
        r.put("failed", run.failed());
        r.put("chunksWritten", run.chunksWritten());
        r.put("failures", run.failures().stream().map(f -> Map.of("document", f.document(), "reason", f.reason())).toList());
        return r;
    }
}
