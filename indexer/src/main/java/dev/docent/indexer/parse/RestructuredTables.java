package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reStructuredText's grid and simple tables as Markdown pipe tables ({@link PipeTable}). Left as drawn,
 * a table's rows were quoted as lines of text with their borders, column padding and unread roles
 * (":pypi:`pytest-html`                    pytest plugin for generating HTML reports").
 */
final class RestructuredTables {

    // Borders as runs of characters, not as repeated groups: a group repeated once per column took a stack frame per
    // column, and a line of 20,000 "+--" overflowed the stack.
    private static final Pattern SIMPLE_BORDER = Pattern.compile("^=+ +=[= ]*+\\s*$");
    private static final Pattern SIMPLE_SPAN_UNDERLINE = Pattern.compile("^-[- ]*+\\s*$");
    /** "+" at both ends, and "-" or "=" between any two. */
    private static final Pattern GRID_BORDER = Pattern.compile("^(?!.*\\+\\+)\\+[-=+]*\\+\\s*$");
    private static final Pattern COLUMN = Pattern.compile("=+");

    private RestructuredTables() {
    }

    /** Whether a line is a simple table's border ("=====  ======"), at any indent. */
    static boolean isSimpleBorder(String line) {
        return SIMPLE_BORDER.matcher(line.stripLeading()).matches();
    }

    /** Whether a paragraph's first line opens a table. */
    static boolean opens(String firstLine) {
        return SIMPLE_BORDER.matcher(firstLine).matches() || GRID_BORDER.matcher(firstLine).matches();
    }

    /** The table as a Markdown pipe table, each cell read by {@code inline}; empty when it has no rows. */
    static String toMarkdown(List<String> lines, UnaryOperator<String> inline) {
        Rows rows = SIMPLE_BORDER.matcher(lines.getFirst()).matches() ? simple(lines) : grid(lines);
        if (rows.body.isEmpty() && rows.header.isEmpty()) {
            return "";
        }
        int width = rows.width();
        return PipeTable.of(rows.header.isEmpty() ? List.of() : cells(rows.header, width, inline),
                rows.body.stream().map(row -> cells(row, width, inline)).toList(), width);
    }

    private record Rows(List<String> header, List<List<String>> body) {
        int width() {
            return Math.max(header.size(), body.stream().mapToInt(List::size).max().orElse(0));
        }
    }

    /** Columns are the runs of "=" in the border; a row whose first column is blank goes on with the one above. */
    private static Rows simple(List<String> lines) {
        List<int[]> columns = new ArrayList<>();
        Matcher run = COLUMN.matcher(lines.getFirst());
        while (run.find()) {
            columns.add(new int[] {run.start(), run.end()});
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = List.of();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (SIMPLE_BORDER.matcher(line).matches()) {
                if (header.isEmpty() && !rows.isEmpty() && i < lines.size() - 1) {
                    header = joined(rows);
                    rows.clear();
                }
                continue;
            }
            if (SIMPLE_SPAN_UNDERLINE.matcher(line).matches()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                int from = Math.min(columns.get(c)[0], line.length());
                int to = c + 1 < columns.size() ? Math.min(columns.get(c + 1)[0], line.length()) : line.length();
                cells.add(line.substring(from, Math.max(from, to)).strip());
            }
            boolean continues = cells.getFirst().isEmpty() && !rows.isEmpty();
            if (continues) {
                appendTo(rows.getLast(), cells);
            } else {
                rows.add(cells);
            }
        }
        return new Rows(header, rows);
    }

    /** Columns end at the border's "+" marks; a "+===+" border closes the header; a cell's lines are joined. */
    private static Rows grid(List<String> lines) {
        String border = lines.getFirst();
        List<Integer> edges = new ArrayList<>();
        for (int at = border.indexOf('+'); at >= 0; at = border.indexOf('+', at + 1)) {
            edges.add(at);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = List.of();
        List<String> open = null;
        for (String line : lines.subList(1, lines.size())) {
            if (GRID_BORDER.matcher(line).matches()) {
                if (open != null) {
                    rows.add(open);
                    open = null;
                }
                if (line.contains("=") && header.isEmpty() && !rows.isEmpty()) {
                    header = joined(rows);
                    rows.clear();
                }
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int e = 0; e + 1 < edges.size(); e++) {
                int from = Math.min(edges.get(e) + 1, line.length());
                int to = Math.min(edges.get(e + 1), line.length());
                cells.add(line.substring(from, Math.max(from, to)).strip());
            }
            if (open == null) {
                open = cells;
            } else {
                appendTo(open, cells);
            }
        }
        if (open != null) {
            rows.add(open);
        }
        return new Rows(header, rows);
    }

    /** Several header rows are one: each column's words, top to bottom. */
    private static List<String> joined(List<List<String>> rows) {
        List<String> header = new ArrayList<>(rows.getFirst());
        rows.stream().skip(1).forEach(row -> appendTo(header, row));
        return header;
    }

    private static void appendTo(List<String> row, List<String> more) {
        for (int c = 0; c < more.size(); c++) {
            if (more.get(c).isEmpty()) {
                continue;
            }
            if (c < row.size()) {
                row.set(c, row.get(c).isEmpty() ? more.get(c) : row.get(c) + " " + more.get(c));
            } else {
                row.add(more.get(c));
            }
        }
    }

    /** A row's cells as read, a pipe in one escaped, padded to the table's width. */
    private static List<String> cells(List<String> row, int width, UnaryOperator<String> inline) {
        List<String> cells = new ArrayList<>(row.stream().map(cell -> inline.apply(cell).replace("|", "\\|")).toList());
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }
}
