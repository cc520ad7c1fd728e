package dev.docent.indexer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section that only lists links, at least one of them to a page of the same documentation - a man
 * page's "See Also", a rule's "Related To", a guide's table of contents - is navigation: the pages
 * it links say what it names. Indexed, its few words matched every question naming one of them
 * better than the named page did (npm's docs end 79 pages with "See Also: npm install", and
 * "no-floating-promises example" was answered from another rule's "Related To"). Links that leave
 * the docs are kept: their text may be the only place a name is written ("JSCS:
 * requirePaddingNewLinesAfterBlocks").
 */
final class NavigationLists {

    /** A list item that is one link and nothing else, its text perhaps in bold or code. */
    private static final Pattern LINK_ITEM = Pattern.compile(
            "\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(?:\\*\\*|`)?\\[[^\\]\\n]+]\\(([^)\\s]*)(?:\\s+\"[^\"\\n]*\")?\\)(?:\\*\\*|`)?\\s*[.,;]?\\s*");
    private static final Pattern LEAVES_THE_DOCS = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private NavigationLists() {
    }

    static boolean isNavigation(List<TextBlock> blocks) {
        boolean linksWithin = false;
        for (TextBlock block : blocks) {
            if (block.kind() != TextBlock.Kind.PROSE) {
                return false;
            }
            for (String line : block.text().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher item = LINK_ITEM.matcher(line);
                if (!item.matches()) {
                    return false;
                }
                linksWithin |= !LEAVES_THE_DOCS.matcher(item.group(1)).find();
            }
        }
        return linksWithin;
    }
}
