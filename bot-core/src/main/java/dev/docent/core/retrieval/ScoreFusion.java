package dev.docent.core.retrieval;

import java.util.List;

/**
 * Merges a lexical and a semantic ranking of passages into one, best first. Done in Java because
 * Elasticsearch's own hybrid retrievers need a licence (and modules) that a basic cluster - and
 * the embedded node - lack.
 */
public interface ScoreFusion {

    /**
     * @param depth how many passages each search was asked for (a search may return fewer); the fused
     *              ranking holds at most twice as many
     */
    List<FusedHit> fuse(List<SearchHit> lexical, List<SearchHit> semantic, int depth);
}
