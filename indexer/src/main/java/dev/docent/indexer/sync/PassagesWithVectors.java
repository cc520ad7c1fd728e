package dev.docent.indexer.sync;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexedPassage;
import java.util.List;

/** Reads passages back with their vectors, which retrieval never fetches, from Elasticsearch 9 or 8. */
final class PassagesWithVectors {

    private PassagesWithVectors() {
    }

    static List<IndexedPassage> find(ElasticsearchConnection elasticsearch, String index, Query query, int size) {
        List<Hit<IndexedPassage>> hits;
        try {
            // Elasticsearch 9 leaves vectors out of _source unless asked for them.
            hits = elasticsearch.call(c -> c.search(s -> s.index(index).size(size)
                    .source(src -> src.filter(f -> f.excludeVectors(false)))
                    .query(query), IndexedPassage.class)).hits().hits();
        } catch (ElasticsearchException e) {
            if (e.status() != 400) {
                throw e;
            }
            // 8.x knows no exclude_vectors, and keeps vectors in _source anyway.
            hits = elasticsearch.call(c -> c.search(s -> s.index(index).size(size).query(query), IndexedPassage.class)).hits().hits();
        }
        return hits.stream().map(Hit::source).toList();
    }
}
