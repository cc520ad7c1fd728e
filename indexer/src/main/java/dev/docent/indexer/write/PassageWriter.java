package dev.docent.indexer.write;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.index.KnowledgeBaseIndices;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes passages to a knowledge base's alias in bulk, and removes the passages a run did not
 * write (documents deleted from the source, or chunks a shorter document no longer has).
 */
public final class PassageWriter {

    private static final int PAGE = 1_000;

    private final ElasticsearchConnection elasticsearch;

    public PassageWriter(ElasticsearchConnection elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    public void write(String knowledgeBase, List<IndexedPassage> passages) {
        if (passages.isEmpty()) {
            return;
        }
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        List<BulkOperation> operations = passages.stream()
                .map(p -> BulkOperation.of(op -> op.index(i -> i.index(alias).id(p.id()).document(p))))
                .toList();
        BulkResponse response = elasticsearch.call(c -> c.bulk(b -> b.operations(operations)));
        if (response.errors()) {
            List<String> reasons = response.items().stream()
                    .filter(item -> item.error() != null)
                    .map(PassageWriter::describe)
                    .limit(3)
                    .toList();
            throw new IllegalStateException("Elasticsearch refused some passages: " + String.join("; ", reasons));
        }
    }

    /**
     * Deletes the knowledge base's passages whose id is not in {@code kept}, except those of
     * documents in {@code untouchable} (documents that failed this run keep what they had).
     * Returns how many were deleted.
     */
    public int deleteAllExcept(String knowledgeBase, Set<String> kept, Set<String> untouchable) {
        String alias = KnowledgeBaseIndices.alias(knowledgeBase);
        elasticsearch.call(c -> c.indices().refresh(r -> r.index(alias)));
        List<String> stale = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Void> page = elasticsearch.call(c -> c.search(s -> {
                s.index(alias)
                        .size(PAGE)
                        .source(src -> src.fetch(false))
                        .docvalueFields(f -> f.field(IndexSchema.DOCUMENT_ID))
                        .sort(o -> o.field(f -> f.field(IndexSchema.DOCUMENT_ID).order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field(IndexSchema.CHUNK).order(SortOrder.Asc)));
                if (searchAfter != null) {
                    s.searchAfter(searchAfter);
                }
                return s;
            }, Void.class));
            List<Hit<Void>> hits = page.hits().hits();
            for (Hit<Void> hit : hits) {
                String documentId = hit.fields().get(IndexSchema.DOCUMENT_ID).toJson().asJsonArray().getString(0);
                if (!kept.contains(hit.id()) && !untouchable.contains(documentId)) {
                    stale.add(hit.id());
                }
            }
            if (hits.size() < PAGE) {
                break;
            }
            after = hits.getLast().sort();
        }
        for (int from = 0; from < stale.size(); from += PAGE) {
            List<BulkOperation> deletes = stale.subList(from, Math.min(stale.size(), from + PAGE)).stream()
                    .map(id -> BulkOperation.of(op -> op.delete(d -> d.index(alias).id(id))))
                    .toList();
            elasticsearch.call(c -> c.bulk(b -> b.operations(deletes)));
        }
        elasticsearch.call(c -> c.indices().refresh(r -> r.index(alias)));
        return stale.size();
    }

    private static String describe(BulkResponseItem item) {
        return item.id() + ": " + item.error().reason();
    }
}
