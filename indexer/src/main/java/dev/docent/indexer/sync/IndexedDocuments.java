package dev.docent.indexer.sync;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads which documents an index holds, with their content hashes and chunk counts, from the
 * passages' doc values (no _source, no vectors): the state an incremental run compares against.
 */
final class IndexedDocuments {

    private static final int PAGE = 5_000;

    private IndexedDocuments() {
    }

    static Map<String, IndexedDocument> read(ElasticsearchConnection elasticsearch, String knowledgeBase, String index) {
        Map<String, IndexedDocument> documents = new HashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            List<Hit<Void>> hits = elasticsearch.call(c -> c.search(s -> {
                s.index(index)
                        .size(PAGE)
                        .source(src -> src.fetch(false))
                        .docvalueFields(f -> f.field(IndexSchema.CONTENT_HASH))
                        .sort(o -> o.field(f -> f.field(IndexSchema.DOCUMENT_ID).order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field(IndexSchema.CHUNK).order(SortOrder.Asc)));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Void.class)).hits().hits();
            for (Hit<Void> hit : hits) {
                String documentId = hit.sort().get(0).stringValue();
                int chunk = (int) hit.sort().get(1).longValue();
                var hashField = hit.fields().get(IndexSchema.CONTENT_HASH);
                String hash = hashField == null ? "" : hashField.toJson().asJsonArray().getString(0);
                documents.merge(documentId, new IndexedDocument(knowledgeBase, documentId, hash, chunk + 1),
                        (a, b) -> new IndexedDocument(knowledgeBase, documentId, a.contentHash(), Math.max(a.chunks(), b.chunks())));
            }
            if (hits.size() < PAGE) {
                return documents;
            }
            after = hits.getLast().sort();
        }
    }
}
