package dev.docent.core.cache;

import co.elastic.clients.elasticsearch._types.CommonStatsFlag;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Level;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import co.elastic.clients.elasticsearch.indices.stats.IndicesStats;
import co.elastic.clients.elasticsearch.indices.stats.ShardStats;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.KnowledgeBaseIndices;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The index version as Elasticsearch itself knows it, so that a write by any process - an
 * incremental reindex, a full rebuild that moves an alias, a deleted knowledge base - changes it:
 * for every concrete index behind the knowledge bases' aliases, its name and UUID (a rebuilt
 * index is a new one), the highest sequence number of its primary shards (every write and delete
 * raises it, and it survives restarts) and its refresh count (so that writes become part of the
 * version once searches can see them). One cheap stats call, no knowledge of how the indexer works.
 */
public final class ElasticsearchIndexVersion implements IndexVersion {

    private final ElasticsearchConnection elasticsearch;

    public ElasticsearchIndexVersion(ElasticsearchConnection elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    @Override
    public String of(Set<String> knowledgeBases) {
        if (knowledgeBases.isEmpty()) {
            return "none";
        }
        List<String> aliases = KnowledgeBaseIndices.aliases(knowledgeBases);
        try {
            return versionOf(aliases);
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
            // A knowledge base is missing (not built yet, or deleted): the others' version, marked with the missing
            // ones - so that a write to the others still changes it, and it never equals a version that had them.
            List<String> present = aliases.stream()
                    .filter(alias -> elasticsearch.call(c -> c.indices().existsAlias(a -> a.name(alias)).value())).toList();
            String missing = aliases.stream().filter(alias -> !present.contains(alias)).collect(Collectors.joining(","));
            return "missing:" + missing + ";" + (present.isEmpty() ? "" : versionOf(present));
        }
    }

    private String versionOf(List<String> aliases) {
        IndicesStatsResponse stats = elasticsearch.call(c -> c.indices().stats(s -> s
                .index(aliases)
                .metric(CommonStatsFlag.Refresh)
                .level(Level.Shards)));
        StringBuilder version = new StringBuilder();
        for (Map.Entry<String, IndicesStats> index : new TreeMap<>(stats.indices()).entrySet()) {
            IndicesStats s = index.getValue();
            long maxSeqNo = 0;
            for (List<ShardStats> copies : s.shards().values()) {
                for (ShardStats copy : copies) {
                    if (copy.routing() != null && copy.routing().primary() && copy.seqNo() != null) {
                        maxSeqNo += copy.seqNo().maxSeqNo() + 1;
                    }
                }
            }
            long refreshes = s.primaries() != null && s.primaries().refresh() != null ? s.primaries().refresh().total() : 0;
            version.append(index.getKey()).append('/').append(s.uuid()).append('/').append(maxSeqNo)
                    .append('/').append(refreshes).append(';');
        }
        return version.toString();
    }
}
