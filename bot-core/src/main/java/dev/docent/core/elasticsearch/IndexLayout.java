package dev.docent.core.elasticsearch;

import co.elastic.clients.elasticsearch.indices.IndexSettings;

/**
 * How every index Docent creates is laid out - knowledge bases, the desk's records (answers, votes,
 * cases, events) and the indexer's state - decided here once.
 *
 * <p>One primary shard: a documentation corpus is tens of megabytes and the records are small, and
 * one shard answers a search with one request. Replicas expand with the cluster, from 0 to 1
 * ({@code auto_expand_replicas}): a single node has no second node to hold a copy, so asking for one
 * would leave it yellow for ever; as soon as the cluster has two data nodes every shard gets a
 * copy on another node, and losing any one node loses no data and stops no search.
 */
public final class IndexLayout {

    static final String SHARDS = "1";
    static final String REPLICAS = "0-1";

    private IndexLayout() {
    }

    public static IndexSettings settings() {
        return IndexSettings.of(s -> s.numberOfShards(SHARDS).autoExpandReplicas(REPLICAS));
    }
}
