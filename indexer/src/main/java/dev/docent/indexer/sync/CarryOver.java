package dev.docent.indexer.sync;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.IndexedPassage;
import dev.docent.indexer.write.PassageWriter;
import java.util.List;
import java.util.Map;

/**
 * Copies the passages of documents that failed in a rebuild from the index being replaced into the
 * new one, vectors included: a document that cannot be read today keeps serving what it served,
 * exactly as in an incremental run.
 */
final class CarryOver {

    private static final int IDS_PER_SEARCH = 100;
    private static final int MAX_PASSAGES = 10_000;

    private final ElasticsearchConnection elasticsearch;
    private final PassageWriter writer;

    CarryOver(ElasticsearchConnection elasticsearch, PassageWriter writer) {
        this.elasticsearch = elasticsearch;
        this.writer = writer;
    }

    /** Returns how many passages were copied. */
    int copy(String from, String to, List<String> documentIds) {
        int copied = 0;
        for (int i = 0; i < documentIds.size(); i += IDS_PER_SEARCH) {
            List<FieldValue> ids = documentIds.subList(i, Math.min(documentIds.size(), i + IDS_PER_SEARCH)).stream()
                    .map(FieldValue::of).toList();
            List<IndexedPassage> passages = PassagesWithVectors.find(elasticsearch, from,
                    Query.of(q -> q.terms(t -> t.field(IndexSchema.DOCUMENT_ID).terms(v -> v.value(ids)))), MAX_PASSAGES);
            Map<String, String> refused = writer.write(to, passages, List.of());
            if (!refused.isEmpty()) {
                throw new IllegalStateException("Elasticsearch refused to copy a passage: " + refused.values().iterator().next());
            }
            copied += passages.size();
        }
        return copied;
    }
}
