package dev.docent.indexer.write;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexedPassage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes passages to an index (a knowledge base's alias, or a new version being built) and deletes
 * passages by id, in bulk. The embedded node has no {@code _delete_by_query}: deletes go by id,
 * which the indexer always knows ({@link IndexedPassage#id()} is the document id and chunk number).
 */
public final class PassageWriter {

    private static final int DELETE_PAGE = 1_000;

    private final ElasticsearchConnection elasticsearch;

    public PassageWriter(ElasticsearchConnection elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    /**
     * Writes the passages and deletes the ids in one bulk request. Returns the passages Elasticsearch
     * refused, by id, with its reason; a transport failure throws.
     */
    public Map<String, String> write(String index, List<IndexedPassage> passages, Collection<String> deleteIds) {
        List<BulkOperation> operations = new ArrayList<>(passages.size() + deleteIds.size());
        for (IndexedPassage p : passages) {
            operations.add(BulkOperation.of(op -> op.index(i -> i.index(index).id(p.id()).document(p))));
        }
        for (String id : deleteIds) {
            operations.add(BulkOperation.of(op -> op.delete(d -> d.index(index).id(id))));
        }
        if (operations.isEmpty()) {
            return Map.of();
        }
        BulkResponse response = elasticsearch.call(c -> c.bulk(b -> b.operations(operations)));
        Map<String, String> refused = new LinkedHashMap<>();
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                // a delete of a passage that was already gone is no error
                if (item.error() != null && item.status() != 404) {
                    refused.put(item.id(), item.error().reason());
                }
            }
        }
        return refused;
    }

    public void delete(String index, List<String> ids) {
        for (int from = 0; from < ids.size(); from += DELETE_PAGE) {
            Map<String, String> refused = write(index, List.of(), ids.subList(from, Math.min(ids.size(), from + DELETE_PAGE)));
            if (!refused.isEmpty()) {
                throw new IllegalStateException("Elasticsearch refused to delete passages: " + refused.values().iterator().next());
            }
        }
    }

    public void refresh(String index) {
        elasticsearch.call(c -> c.indices().refresh(r -> r.index(index)));
    }
}
