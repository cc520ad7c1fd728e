package dev.docent.core.retrieval;

import java.util.Set;

/**
 * One passage as one search (lexical or semantic) ranked it, with that search's own score, and the
 * page it belongs to: its id, title and URL (without the section anchor). The passage's text is not
 * fetched by the searches: only the chosen passages' are (see {@link HybridRetriever}).
 *
 * @param headingIdentifiers the question's identifiers that the passage's headings name (lexical hits only)
 */
public record SearchHit(String id, String documentId, String title, String pageUrl, double score,
                        Set<String> headingIdentifiers) {

    public SearchHit {
        headingIdentifiers = Set.copyOf(headingIdentifiers);
    }
}
