package dev.docent.indexer.sync;

import co.elastic.clients.json.JsonData;
import dev.docent.core.index.IndexSchema;
import java.util.List;
import java.util.Map;

/**
 * What the indices a knowledge base's alias serves say of themselves (their mappings' {@code _meta}),
 * read once: which schema wrote them, how their pages were read and how their vectors were embedded.
 *
 * @param metas one per served index; none when the knowledge base has no index yet
 */
public record ServedMappings(List<Map<String, JsonData>> metas) {

    static final String READ_AS_META_KEY = "docent_read_as";

    public ServedMappings {
        metas = List.copyOf(metas);
    }

    public boolean exist() {
        return !metas.isEmpty();
    }

    /**
     * Whether every served index was written with today's {@link IndexSchema}: an older one lacks
     * fields that retrieval searches, and only a rebuild gives every passage the new fields.
     */
    public boolean currentSchema() {
        return exist() && metas.stream().allMatch(meta -> {
            var version = meta.get(IndexSchema.VERSION_META_KEY);
            return version != null && version.to(Integer.class) >= IndexSchema.VERSION;
        });
    }

    /**
     * Whether every served index holds pages read as the indexer reads them today ({@link
     * IndexingPipeline#readAs()}). When they were not, every page reads anew, and rewritten in place
     * its replaced passages would still count in BM25's statistics until merged away, which
     * Elasticsearch's retention of soft deletes delays: a rebuild makes it the index a fresh build is.
     */
    public boolean readAs(String reading) {
        return allSay(READ_AS_META_KEY, reading);
    }

    /** Whether every served index holds vectors embedded as the indexer embeds today ({@link IndexSchema#EMBEDDED_AS}). */
    public boolean embeddedAsToday() {
        return allSay(IndexSchema.EMBEDDED_AS_META_KEY, IndexSchema.EMBEDDED_AS);
    }

    private boolean allSay(String key, String expected) {
        return exist() && metas.stream().allMatch(meta -> {
            var said = meta.get(key);
            return said != null && expected.equals(said.to(String.class));
        });
    }
}
