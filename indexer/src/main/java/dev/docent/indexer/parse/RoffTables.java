package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tbl(1) table ({@code .TS} ... {@code .TE}) as a Markdown pipe table: its options ({@code tab(:);}) and
 * column formats ({@code l l l.}) are not text, its rows' cells split at the tab character, a {@code T{} ...
 * {@code T}} block is one cell, and rules ({@code _}, {@code =}) are left out.
 */
final class RoffTables {

    private static final Pattern TAB_OPTION = Pattern.compile("tab\\s*\\((.)\\)");
    private static final Pattern RULE = Pattern.compile("[_=]?");

    private RoffTables() {
    }

    /**
     * Reads the table whose {@code .TS} was the last line read, through its {@code .TE}.
     *
     * @param requestWords the words a request in a cell's text block shows ({@code .BR iswctype ()}), or null for none
     */
    static String markdown(RoffInput input, RoffEscapes escapes, BiFunction<String, List<String>, String> requestWords) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder block = null;
        String tab = "\t";
        boolean format = true;
        boolean first = true;
        for (RoffInput.Line line = input.next(); line != null && !"TE".equals(line.name()); line = input.next()) {
            if (line.isRequest()) {
                format |= line.name().equals("T&");
                String words = block == null ? null : requestWords.apply(line.name(), line.arguments());
                if (words != null) {
                    block.append(' ').append(words);
                }
                continue;
            }
            String text = line.text();
            if (format) {
                Matcher option = TAB_OPTION.matcher(text);
                tab = first && text.strip().endsWith(";") && option.find() ? option.group(1) : tab;
                format = first && text.strip().endsWith(";") || !text.strip().endsWith(".");
                first = false;
                continue;
            }
            String rest = text;
            if (block != null) {
                if (!text.startsWith("T}")) {
                    block.append(' ').append(escapes.render(text));
                    continue;
                }
                row.add(block.toString().strip());
                block = null;
                rest = text.substring(2).startsWith(tab) ? text.substring(2 + tab.length()) : text.substring(2);
                if (rest.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                    continue;
                }
            }
            for (String cell : rest.split(Pattern.quote(tab), -1)) {
                if (cell.strip().equals("T{")) {
                    block = new StringBuilder();
                } else {
                    row.add(escapes.render(cell).strip());
                }
            }
            if (block == null) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        return pipeTable(rows);
    }

    private static String pipeTable(List<List<String>> rows) {
        List<List<String>> kept = rows.stream().filter(r -> !r.stream().allMatch(cell -> RULE.matcher(cell).matches())).toList();
        int columns = kept.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < kept.size(); i++) {
            table.append('|');
            for (int column = 0; column < columns; column++) {
                String cell = column < kept.get(i).size() ? kept.get(i).get(column) : "";
                table.append(' ').append(RULE.matcher(cell).matches() ? "" : cell.replace("|", "\\|")).append(" |");
            }
            table.append('\n');
            if (i == 0) {
                table.append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
        return table.toString().strip();
    }
}
