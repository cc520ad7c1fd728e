package dev.docent.indexer.sync;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexedPassage;
import dev.docent.indexer.chunk.Chunk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vectors a reindex can take from the index it updates or replaces instead of embedding again:
 * those of a document's passages whose title, heading path and text - all the model reads - are a
 * new chunk's, from an index embedded as the indexer embeds today. Embedding is nearly all of a
 * run's time, and what changes between runs is mostly not the text: a rebuild after an upgrade
 * changes other fields, and an edited page keeps most of its sections.
 */
final class StoredVectors {

    private final ElasticsearchConnection elasticsearch;
    private final Optional<String> index;

    private StoredVectors(ElasticsearchConnection elasticsearch, Optional<String> index) {
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    /** For an index that holds no vectors to take, or vectors embedded another way. */
    static StoredVectors none(ElasticsearchConnection elasticsearch) {
        return new StoredVectors(elasticsearch, Optional.empty());
    }

    static StoredVectors in(ElasticsearchConnection elasticsearch, String indexOrAlias) {
        return new StoredVectors(elasticsearch, Optional.of(indexOrAlias));
    }

    /** For each chunk, in order, the stored vector of the same input, or null where there is none to take. */
    List<float[]> of(IndexedDocument before, List<Chunk> chunks) {
        List<float[]> vectors = new ArrayList<>(Collections.nCopies(chunks.size(), null));
        if (index.isEmpty() || before == null || before.chunks() == 0) {
            return vectors;
        }
        Map<Input, float[]> stored = new HashMap<>();
        for (IndexedPassage passage : passages(index.get(), before)) {
            if (passage.embedding() != null) {
                stored.put(new Input(passage.title(), passage.headings(), passage.text()), passage.embedding());
            }
        }
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            vectors.set(i, stored.get(new Input(chunk.title(), chunk.headings(), chunk.text())));
        }
        return vectors;
    }

    private List<IndexedPassage> passages(String from, IndexedDocument before) {
        List<String> ids = before.passageIdsFrom(0);
        return PassagesWithVectors.find(elasticsearch, from, Query.of(q -> q.ids(i -> i.values(ids))), ids.size());
    }

    private record Input(String title, List<String> headings, String text) {
    }
}
