package dev.docent.core.retrieval;

import java.util.List;
import java.util.Set;

/**
 * One passage as one search (lexical or semantic) ranked it, with that search's own score, and the
 * page it belongs to: its id, title and URL (without the section anchor). The passage's text is not
 * fetched by the searches: only the chosen passages' are (see {@link HybridRetriever}).
 *
 * @param headingIdentifiers the question's identifiers that the passage's headings name (lexical hits only)
 * @param headings           the passage's heading path
 */
public record SearchHit(String id, String documentId, String title, String pageUrl, double score,
                        Set<String> headingIdentifiers, List<String> headings) {

    public SearchHit {
        headingIdentifiers = Set.copyOf(headingIdentifiers);
        headings = List.copyOf(headings);
    }
}
