package dev.docent.indexer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists that only lead elsewhere - a page's table of contents, a man page's "See Also", a rule's
 * "Related To" - are navigation, not content: the sections and pages they link say what they name,
 * where it is explained.
 */
final class NavigationLists {

    /** A list item that is one link and nothing else, its text perhaps in bold or code. */
    private static final Pattern LINK_ITEM = Pattern.compile(
            "\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(?:\\*\\*|`)?\\[[^\\]\\n]+]\\(([^)\\s]*)(?:\\s+\"[^\"\\n]*\")?\\)(?:\\*\\*|`)?\\s*[.,;]?\\s*");
    private static final Pattern LEAVES_THE_DOCS = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    /** How many links to its own places make a list a page's table of contents, in Markdown as in HTML. */
    static final int MIN_CONTENTS_ITEMS = 6;

    private NavigationLists() {
    }

    /**
     * A long list of nothing but links to the page's own headings is its table of contents. Indexed,
     * it made a long reference page's opening passage name every section ("- FST_ERR_CTP_INVALID_MEDIA_TYPE"
     * was quoted as the answer about that error). A short one can be what the sentence before it
     * lists ("The built-in formatter options are:" html, json, stylish), and stays.
     */
    static boolean isPageContents(String list) {
        List<String> items = list.lines().filter(line -> !line.isBlank()).toList();
        return items.size() >= MIN_CONTENTS_ITEMS && items.stream().allMatch(line -> {
            Matcher item = LINK_ITEM.matcher(line);
            return item.matches() && item.group(1).startsWith("#");
        });
    }

    /**
     * A section that only lists links, at least one of them to a page of the same documentation.
     * Indexed, its few words matched every question naming one of them better than the named page
     * did (npm's docs end 80 of 83 pages with "See Also: npm install, ...", and "no-floating-promises
     * example" was answered from another rule's "Related To"). A section whose links all leave the docs stays:
     * their text may be the only place a name is written ("JSCS: requirePaddingNewLinesAfterBlocks").
     */
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
