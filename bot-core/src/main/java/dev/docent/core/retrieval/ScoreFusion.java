package dev.docent.core.retrieval;

import java.util.List;

/**
 * Merges a lexical and a semantic ranking of passages into one, best first. Done in Java because
 * Elasticsearch's own hybrid retrievers need a licence (and modules) that a basic cluster - and
 * the embedded node - lack.
 */
public interface ScoreFusion {

    List<FusedHit> fuse(List<SearchHit> lexical, List<SearchHit> semantic, int limit);
}
