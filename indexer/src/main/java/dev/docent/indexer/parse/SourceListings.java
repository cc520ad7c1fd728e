package dev.docent.indexer.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where an API reference shows or points to its own implementation, it does not document it.
 * mkdocstrings puts each function's source under "Source code in {@code requests/api.py}": indexed,
 * a listing of {@code HTTPAdapter.send} was quoted for "How do I set a timeout on a request?". And
 * CPython's module pages open with "Source code: Lib/json/__init__.py", which was quoted first for
 * "How do I work with JSON?". JSDoc writes "Source: apply.js, line 1" under every entry and a page
 * of each source file, and Sphinx's viewcode a page of each module ("Source code for
 * examples.performance.bulk_inserts", listed among the pages to read for "How do I run raw SQL?").
 * All are left out; the entry's own words stay, and a listing's page is empty.
 */
final class SourceListings {

    /** mkdocstrings' listing under an entry, JSDoc's listing pages and its "Source: apply.js, line 1" under each entry. */
    private static final String LISTING = "details:has(> summary:matchesOwn((?i)^\\s*source code in\\s*$)), "
            + "pre.prettyprint.source, dt.tag-source, dd.tag-source";
    /** Sphinx's viewcode names a module's listing so, the listing after it. */
    private static final String MODULE_LISTING_NAME = "h1:matchesOwn(^\\s*Source code for [\\w.]+\\s*$)";
    private static final Pattern POINTER_LABEL = Pattern.compile("(?i)source(?: code)?:");

    private SourceListings() {
    }

    static void removeFrom(Element main) {
        main.select(LISTING).remove();
        main.select(MODULE_LISTING_NAME + " ~ div.highlight").remove();
        main.select(MODULE_LISTING_NAME).remove();
        main.select("p:has(> a[href])").stream().filter(SourceListings::pointsToSource).forEach(Element::remove);
    }

    /** "Source code: Lib/json/__init__.py": a label in bold, then one link and nothing else. */
    private static boolean pointsToSource(Element paragraph) {
        if (paragraph.childrenSize() != 2) {
            return false;
        }
        Element label = paragraph.child(0);
        Element link = paragraph.child(1);
        return label.normalName().equals("strong") && POINTER_LABEL.matcher(label.text().strip()).matches()
                && link.normalName().equals("a") && paragraph.text().strip().equals(label.text().strip() + " " + link.text().strip());
    }
}
