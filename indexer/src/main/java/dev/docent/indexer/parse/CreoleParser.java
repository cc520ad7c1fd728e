package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Creole ({@code .creole}: a GitHub wiki's pages written so) as the page it renders to:
 * {@code == Heading} lines as sections, {@code {{{ ... }}}} blocks as code and inline as code,
 * {@code *} and {@code #} lines as lists, {@code |= header |} rows as tables, {@code [[target|text]]}
 * links as their text, {@code **strong**} and {@code //emphasis//} as emphasis, a {@code ~} escape as
 * the character it escapes. Pictures ({@code {{picture.png|text}}}) read as their text. The rest is
 * read by the Markdown parser.
 */
public final class CreoleParser implements DocumentParser {

    private static final Pattern HEADING = Pattern.compile("^\\s*(={1,6})\\s*(.+?)\\s*=*\\s*$");
    private static final Pattern CODE_OPEN = Pattern.compile("^\\{\\{\\{\\s*$");
    private static final Pattern CODE_CLOSE = Pattern.compile("^}}}\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([*#]+)\\s+(.*)$");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*$");
    private static final Pattern RULE = Pattern.compile("^\\s*-{4,}\\s*$");
    /** Code, links and emphasis run a few hundred characters at most: an opener nothing closes is not searched to the page's end. */
    private static final Pattern INLINE_CODE = Pattern.compile("\\{\\{\\{(.{1,2000}?)}}}+");
    private static final Pattern LINK = Pattern.compile("\\[\\[\\s*([^\\[\\]|]{1,500}?)\\s*(?:\\|\\s*([^\\[\\]]{0,500}?)\\s*)?]]");
    private static final Pattern IMAGE = Pattern.compile("\\{\\{\\s*([^{}|]{1,500}?)\\s*(?:\\|\\s*([^{}]{0,500}?)\\s*)?}}");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.{1,500}?)\\*\\*");
    /** Two slashes after a colon belong to a URL ({@code https://...}), not to emphasis. */
    private static final Pattern EMPHASIS = Pattern.compile("(?<!:)//(.{1,500}?)(?<!:)//");
    private static final Pattern ESCAPE = Pattern.compile("~(\\S)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\\\\\\\");
    /** Where inline code stood while the rest of the line's markup was read. */
    private static final Pattern CODE_MARK = Pattern.compile("\u0000(\\d+)\u0000");

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\\R", -1);
        StringBuilder page = new StringBuilder();
        ListEnds lists = new ListEnds(LIST_ITEM);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            lists.before(line, page);
            Matcher m;
            if (CODE_OPEN.matcher(line).matches()) {
                i = codeBlock(lines, i, page);
            } else if ((m = HEADING.matcher(line)).matches()) {
                page.append('\n').append("#".repeat(m.group(1).length())).append(' ').append(inline(m.group(2))).append("\n\n");
            } else if ((m = LIST_ITEM.matcher(line)).matches()) {
                page.append(ListEnds.itemMarker(m.group(1))).append(inline(m.group(2))).append('\n');
            } else if (TABLE_ROW.matcher(line).matches()) {
                i = table(lines, i, page);
            } else if (RULE.matcher(line).matches()) {
                page.append("\n---\n\n");
            } else {
                page.append(inline(line)).append('\n');
            }
        }
        return markdown.parse(page.toString().getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    /** A {@code {{{} block to its {@code }}}} line, as fenced code; the index of its closing line. */
    private static int codeBlock(String[] lines, int start, StringBuilder page) {
        int end = start + 1;
        StringBuilder code = new StringBuilder();
        for (; end < lines.length && !CODE_CLOSE.matcher(lines[end]).matches(); end++) {
            // A closing line in the code is escaped by a leading space.
            code.append(lines[end].startsWith(" }}}") ? lines[end].substring(1) : lines[end]).append('\n');
        }
        page.append("\n```\n").append(code.toString().stripTrailing()).append("\n```\n\n");
        return end;
    }

    /** Rows of {@code |} cells, a row of {@code |=} cells as the header; the index of the table's last line. */
    private static int table(String[] lines, int start, StringBuilder page) {
        List<String> header = List.of();
        List<List<String>> rows = new ArrayList<>();
        int end = start;
        for (; end < lines.length && TABLE_ROW.matcher(lines[end]).matches(); end++) {
            List<String> cells = new ArrayList<>();
            boolean headerRow = true;
            for (String cell : WikiTableCells.of(lines[end])) {
                boolean headerCell = cell.startsWith("=");
                headerRow &= headerCell;
                cells.add(inline((headerCell ? cell.substring(1) : cell).strip()).replace("|", "\\|"));
            }
            if (headerRow && header.isEmpty() && rows.isEmpty()) {
                header = cells;
            } else {
                rows.add(cells);
            }
        }
        page.append('\n').append(PipeTable.ofRagged(header, rows)).append("\n\n");
        return end - 1;
    }

    static String inline(String text) {
        List<String> codes = new ArrayList<>();
        // Code is kept from the rest of the inline markup: "{{{**kwargs}}}" is not emphasis.
        String out = INLINE_CODE.matcher(text).replaceAll(m -> {
            codes.add(m.group(1));
            return "\u0000" + (codes.size() - 1) + "\u0000";
        });
        out = IMAGE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        out = LINK.matcher(out).replaceAll(m -> Matcher.quoteReplacement(link(m.group(1), m.group(2))));
        out = STRONG.matcher(out).replaceAll("**$1**");
        out = EMPHASIS.matcher(out).replaceAll("*$1*");
        out = LINE_BREAK.matcher(out).replaceAll(" ");
        out = ESCAPE.matcher(out).replaceAll("$1");
        return CODE_MARK.matcher(out)
                .replaceAll(m -> Matcher.quoteReplacement("`" + codes.get(Integer.parseInt(m.group(1))) + "`"));
    }

    /** A link as its text; an external one as a Markdown link, an internal one's target read as the page's name. */
    private static String link(String target, String text) {
        boolean external = target.matches("(?i)(?:https?|ftp|mailto):.*");
        String shown = text == null || text.isBlank() ? target : text;
        return external ? "[" + shown + "](" + target + ")" : shown;
    }
}
