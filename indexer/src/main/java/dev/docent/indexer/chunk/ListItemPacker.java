package dev.docent.indexer.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a list that is longer than a chunk between its items, never inside one. An API reference's
 * options list wraps each item over several lines ("* `input` {string|Buffer} The value which will be
 * passed" / "as stdin to the spawned process."); cut between lines, the item's end started the next
 * chunk as a sentence of its own, without the name it describes.
 */
final class ListItemPacker {

    private static final Pattern ITEM_START = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+\\S.*");

    private ListItemPacker() {
    }

    /** The items of a text that holds a list, each with its continuation lines; one part when it holds none. */
    static List<String> items(String text) {
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

    /** Whole items packed into parts of at most {@code maxChars}; an item longer than that is a part alone. */
    static List<String> pack(List<String> items, int maxChars) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String item : items) {
            if (!part.isEmpty() && part.length() + 1 + item.length() > maxChars) {
                parts.add(part.toString());
                part.setLength(0);
            }
            if (!part.isEmpty()) {
                part.append('\n');
            }
            part.append(item);
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }
}
