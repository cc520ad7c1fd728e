package dev.docent.indexer.parse;

import java.util.List;

/**
 * A table an office document holds, written as HTML: its first row names the columns, as the tables of guides written
 * in Word or LibreOffice do, and a cell's paragraphs are its lines.
 */
final class HeaderedTable {

    private HeaderedTable() {
    }

    /** @param rows each row's cells, each cell its paragraphs as HTML */
    static void write(StringBuilder html, List<List<List<String>>> rows) {
        html.append("<table>");
        for (int row = 0; row < rows.size(); row++) {
            String cell = row == 0 ? "th" : "td";
            html.append("<tr>");
            for (List<String> lines : rows.get(row)) {
                List<String> shown = lines.stream().filter(line -> !line.isBlank()).toList();
                html.append('<').append(cell).append('>').append(String.join("<br>", shown)).append("</").append(cell).append('>');
            }
            html.append("</tr>");
        }
        html.append("</table>");
    }
}
