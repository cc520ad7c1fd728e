package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as Markdown writes it, the form every parser gives a table and the answer reads row by row
 * (each cell under its header): the header row - empty when the table has none - the separator, and
 * a line per row. Cells come as their text, read by the format's own inline rules.
 */
final class PipeTable {

    private PipeTable() {
    }

    /**
     * @param header the header's cells; empty for a table without a header row
     * @param width  the number of columns the separator and an empty header span
     */
    static String of(List<String> header, List<List<String>> rows, int width) {
        StringBuilder out = new StringBuilder(header.isEmpty() ? "|" + " |".repeat(width) : row(header))
                .append("\n|").append("---|".repeat(width));
        rows.forEach(cells -> out.append('\n').append(row(cells)));
        return out.toString();
    }

    /** A table whose rows may be short of cells, each padded to the widest row's width. */
    static String ofRagged(List<String> header, List<List<String>> rows) {
        int width = Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        return of(header.isEmpty() ? header : padded(header, width), rows.stream().map(r -> padded(r, width)).toList(), width);
    }

    private static List<String> padded(List<String> cells, int width) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < width) {
            padded.add("");
        }
        return padded;
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
