package dev.docent.indexer.parse;

import java.util.regex.Pattern;

/**
 * A wiki markup's lists (MediaWiki's, Textile's, Creole's) as Markdown's: an item's markers ({@code **}, {@code #})
 * as the indented bullet or number they stand for, and where the list ends - at the first line that is none of
 * its items. Markdown would read a line right after an item as more of that item, so a blank line is written
 * between them.
 */
final class ListEnds {

    private final Pattern item;
    private boolean inList;

    ListEnds(Pattern item) {
        this.item = item;
    }

    /** "- " for {@code *}, "1. " for {@code #}, indented one level per marker before the last: {@code *#} is "  1. ". */
    static String itemMarker(String markers) {
        return "  ".repeat(markers.length() - 1) + (markers.endsWith("#") ? "1. " : "- ");
    }

    /** Writes the blank line that ends a list when this line, read next, is none of its items. */
    void before(String line, StringBuilder page) {
        boolean listItem = item.matcher(line).matches();
        if (inList && !listItem) {
            page.append('\n');
        }
        inList = listItem;
    }
}
