package dev.docent.core.retrieval;

/**
 * One passage as one search (lexical or semantic) ranked it, with that search's own score, and the
 * page it belongs to: its id, title and URL (without the section anchor). The passage's text is not
 * fetched by the searches: only the chosen passages' are (see {@link HybridRetriever}).
 */
public record SearchHit(String id, String documentId, String title, String pageUrl, double score) {
}
