package dev.docent.core.retrieval;

/**
 * One passage as one search (lexical or semantic) ranked it, with that search's own score. The
 * passage's text is not fetched by the searches: only the fused best are (see {@link HybridRetriever}).
 */
public record SearchHit(String id, String documentId, double score) {
}
