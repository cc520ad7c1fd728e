package dev.docent.indexer.sync;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.IndexedPassage;
import dev.docent.indexer.write.PassageWriter;
import java.util.ArrayList;
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
            List<IndexedPassage> passages = new ArrayList<>();
            for (Hit<IndexedPassage> hit : search(from, ids)) {
                passages.add(hit.source());
            }
            Map<String, String> refused = writer.write(to, passages, List.of());
            if (!refused.isEmpty()) {
                throw new IllegalStateException("Elasticsearch refused to copy a passage: " + refused.values().iterator().next());
            }
            copied += passages.size();
        }
        return copied;
    }

    private List<Hit<IndexedPassage>> search(String from, List<FieldValue> ids) {
        try {
            // Elasticsearch 9 leaves vectors out of _source unless asked for them.
            return elasticsearch.call(c -> c.search(s -> s.index(from).size(MAX_PASSAGES)
                    .source(src -> src.filter(f -> f.excludeVectors(false)))
                    .query(q -> q.terms(t -> t.field(IndexSchema.DOCUMENT_ID).terms(v -> v.value(ids)))),
                    IndexedPassage.class)).hits().hits();
        } catch (ElasticsearchException e) {
            if (e.status() != 400) {
                throw e;
            }
            // 8.x knows no exclude_vectors, and keeps vectors in _source anyway.
            return elasticsearch.call(c -> c.search(s -> s.index(from).size(MAX_PASSAGES)
                    .query(q -> q.terms(t -> t.field(IndexSchema.DOCUMENT_ID).terms(v -> v.value(ids)))),
                    IndexedPassage.class)).hits().hits();
        }
    }
}
