package dev.docent.indexer.chunk;

import dev.docent.indexer.parse.TextBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a code block or a table that is longer than a chunk between lines, and a table of many rows
 * that fits in one into parts of a few rows. Every part repeats the block's frame - a code fence, a
 * table's header row - so each still reads as code or as a table.
 */
final class LinePacker {

    private LinePacker() {
    }

    static List<String> split(TextBlock block, int maxChars) {
        List<String> lines = new ArrayList<>(block.text().lines().toList());
        String header = "";
        String footer = "";
        if (block.kind() == TextBlock.Kind.CODE && !lines.isEmpty() && lines.getFirst().strip().startsWith("```")) {
            header = lines.removeFirst() + "\n";
            if (!lines.isEmpty() && lines.getLast().strip().startsWith("```")) {
                footer = "\n" + lines.removeLast();
            }
        } else if (isFramedTable(block)) {
            header = frameOf(lines);
            lines.subList(0, 2).clear();
        }
        int framed = maxChars - header.length() - footer.length();
        boolean frameFits = framed >= maxChars / 4;
        String start = frameFits ? header : "";
        String end = frameFits ? footer : "";
        int budget = frameFits ? framed : maxChars;
        List<String> pieces = lines.stream().flatMap(line -> cut(line, budget).stream()).toList();
        return packed(pieces, budget).stream().map(part -> start + part + end).toList();
    }

    /** Whether the block is a table under a header row that each of its parts can repeat. */
    static boolean isFramedTable(TextBlock block) {
        List<String> lines = block.text().lines().limit(3).toList();
        return block.kind() == TextBlock.Kind.TABLE && lines.size() > 2 && lines.get(1).matches("[\\s|:-]+");
    }

    /** A framed table's header row and the line under it, which every part repeats. */
    private static String frameOf(List<String> tableLines) {
        return tableLines.get(0) + "\n" + tableLines.get(1) + "\n";
    }

    /** How many rows a {@link #isFramedTable framed table} has below its header. */
    static long rows(TextBlock table) {
        return table.text().lines().count() - 2;
    }

    /**
     * A framed table's rows shared out evenly between the fewest parts of at most {@code maxRows},
     * each under the header row (nine rows by six: five and four).
     */
    static List<String> rowGroups(TextBlock table, int maxRows) {
        List<String> lines = table.text().lines().toList();
        String header = frameOf(lines);
        List<String> rows = lines.subList(2, lines.size());
        int groups = (rows.size() + maxRows - 1) / maxRows;
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            parts.add(header + String.join("\n", rows.subList(g * rows.size() / groups, (g + 1) * rows.size() / groups)));
        }
        return parts;
    }

    /**
     * Lines (or a list's items, of several lines each) joined into parts of at most {@code budget},
     * each one whole; one longer than that is a part alone.
     */
    static List<String> packed(List<String> lines, int budget) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : lines) {
            if (!part.isEmpty() && part.length() + 1 + line.length() > budget) {
                parts.add(part.toString());
                part.setLength(0);
            }
            if (!part.isEmpty()) {
                part.append('\n');
            }
            part.append(line);
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }

    /** A single line longer than the budget (minified code) is cut at the budget. */
    private static List<String> cut(String line, int budget) {
        if (line.length() <= budget) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        for (int from = 0; from < line.length(); from += budget) {
            pieces.add(line.substring(from, Math.min(line.length(), from + budget)));
        }
        return pieces;
    }
}
