package dev.docent.indexer.state;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import dev.docent.core.elasticsearch.ElasticsearchConnection;

/**
 * {@code docent-state}: the small documents that must survive a restart and be shared by every
 * Docent process - reindex locks and the history of indexing runs. Each document says what it is
 * in {@code type}. Only the fields searched or sorted on are mapped; the rest is kept in _source.
 */
public final class StateIndex {

    public static final String NAME = "docent-state";
    public static final String TYPE = "type";
    public static final String KNOWLEDGE_BASE = "knowledge_base";
    public static final String STARTED_AT = "started_at";

    private final ElasticsearchConnection elasticsearch;
    private volatile boolean known;

    public StateIndex(ElasticsearchConnection elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    public ElasticsearchConnection elasticsearch() {
        return elasticsearch;
    }

    /** Creates the index unless it exists; two processes racing to create it both succeed. */
    public void ensureExists() {
        if (known) {
            return;
        }
        elasticsearch.ensureIndex(NAME, TypeMapping.of(m -> m
                .dynamic(DynamicMapping.False)
                .properties(TYPE, p -> p.keyword(k -> k))
                .properties(KNOWLEDGE_BASE, p -> p.keyword(k -> k))
                .properties(STARTED_AT, p -> p.date(d -> d))));
        known = true;
    }
}
