package dev.docent.indexer.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown written block by block, for a parser that translates another format into it: each block at the
 * indent of the list items it is in, an item's marker leading its first line, and a line of text escaped
 * where Markdown would read it as markup of its own ("# of files", "- 1 for stdin", "1. is the default"),
 * so the page reads as the source shows it.
 */
final class MarkdownWriter {

    private static final Pattern MARKUP_LINE = Pattern.compile(
            "(?:#{1,6}(?:\\s|$)|[-+*](?:\\s|$)|>|\\||`{3}|~{3}|<[A-Za-z/!?]|\\[[^]]*]:|[-*_=][-*_=\\s]*$).*");
    private static final Pattern ORDERED_ITEM = Pattern.compile("(\\d{1,9})([.)](?:\\s.*|$))");

    private final StringBuilder page = new StringBuilder();
    private final StringBuilder indent = new StringBuilder();
    private int lists;
    private String marker;

    /** A heading; it ends any list, so it is written only outside one. */
    void heading(int level, String text) {
        page.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    }

    /** Lines of text, escaped where they would read as markup. */
    void text(List<String> lines) {
        block(String.join("\n", lines.stream().map(MarkdownWriter::escaped).toList()));
    }

    /** A block written as it is: code, a table. */
    void block(String markdown) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i == 0 && marker != null) {
                page.append(indent, 0, Math.max(0, indent.length() - marker.length())).append(marker);
                marker = null;
            } else {
                page.append(indent);
            }
            page.append(lines[i]).append('\n');
        }
        page.append('\n');
    }

    /** Opens a list whose items' text is indented by {@code width}, the width of their markers. */
    void openList(int width) {
        indent.append(" ".repeat(width));
        lists++;
    }

    void closeList(int width) {
        indent.setLength(indent.length() - width);
        lists--;
        marker = null;
    }

    /** How many lists are open. */
    int lists() {
        return lists;
    }

    /** The next block starts a list item marked by {@code marker} ("- ", "2.  "), as wide as its list's indent. */
    void item(String marker) {
        this.marker = marker;
    }

    String markdown() {
        return page.toString();
    }

    private static String escaped(String line) {
        Matcher ordered = ORDERED_ITEM.matcher(line);
        if (ordered.matches()) {
            return ordered.group(1) + "\\" + ordered.group(2);
        }
        return MARKUP_LINE.matcher(line).matches() ? "\\" + line : line;
    }
}
