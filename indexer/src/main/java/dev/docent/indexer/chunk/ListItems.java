package dev.docent.indexer.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list's items, so that a list longer than a chunk is cut between items, never inside one. An API
 * reference's options list wraps each item over several lines ("* `input` {string|Buffer} The value
 * which will be passed" / "as stdin to the spawned process."); cut between lines, the item's end
 * started the next chunk as a sentence of its own, without the name it describes.
 */
final class ListItems {

    private static final Pattern ITEM_START = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+\\S.*");

    private ListItems() {
    }

    /** The items of a text that holds a list, each with its continuation lines; one part when it holds none. */
    static List<String> of(String text) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (ITEM_START.matcher(line).matches() && !item.isEmpty()) {
                items.add(item.toString());
                item.setLength(0);
            }
            if (!item.isEmpty()) {
                item.append('\n');
            }
            item.append(line);
        }
        items.add(item.toString());
        return items;
    }
}
