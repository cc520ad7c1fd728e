package dev.docent.indexer.parse;

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

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
