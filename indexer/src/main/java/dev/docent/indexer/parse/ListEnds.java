package dev.docent.indexer.parse;

import java.util.regex.Pattern;

/**
 * Where a wiki markup's list ends (MediaWiki's, Textile's, Creole's): at the first line that is none of its
 * items. Markdown would read a line right after an item as more of that item, so a blank line is written
 * between them.
 */
final class ListEnds {

    private final Pattern item;
    private boolean inList;

    ListEnds(Pattern item) {
        this.item = item;
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
