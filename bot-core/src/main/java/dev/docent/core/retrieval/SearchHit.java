package dev.docent.core.retrieval;

import java.util.List;
import java.util.Set;

/**
 * One passage as one search (lexical or semantic) ranked it, with that search's own score, and the
 * page it belongs to: its id, title, URL (without the section anchor) and length. The passage's text
 * is not fetched by the searches: only the chosen passages' are (see {@link HybridRetriever}).
 *
 * @param pagePassages       how many passages the page has (0 if its index predates schema version 8)
 * @param headingIdentifiers the question's identifiers that the passage's headings name (lexical hits only)
 * @param headings           the passage's heading path
 */
public record SearchHit(String id, String documentId, String title, String pageUrl, int pagePassages, double score,
                        Set<String> headingIdentifiers, List<String> headings) {

    public SearchHit {
        headingIdentifiers = Set.copyOf(headingIdentifiers);
        headings = List.copyOf(headings);
    }

    /**
     * A page's URL from one of its passages': without the section anchor. A fragment that starts with
     * "/" is a route, not an anchor - hash-routed sites such as Docsify's
     * ({@code https://undici.nodejs.org/#/docs/api/Client}) - and stays: cut there, every page of such
     * a site linked to its home page.
     */
    public static String pageUrlOf(String passageUrl) {
        for (int at = passageUrl.indexOf('#'); at >= 0; at = passageUrl.indexOf('#', at + 1)) {
            if (at + 1 == passageUrl.length() || passageUrl.charAt(at + 1) != '/') {
                return passageUrl.substring(0, at);
            }
        }
        return passageUrl;
    }
}
