package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Textile ({@code .textile}: a GitHub wiki's or Redmine's pages written so) as the page it
 * renders to: {@code h2.} blocks as sections, {@code bc.} and {@code pre.} blocks as code (their
 * extended {@code bc..} form up to the next block), {@code bq.} as a quote, {@code *} and {@code #}
 * lines as lists, {@code |_. header |} rows as tables, {@code @code@} as code, {@code "text":url} as
 * a link, {@code *strong*} and {@code _emphasis_} as emphasis, a wiki's {@code [[Page]]} links as
 * their text. Block attributes ({@code p(class).}, {@code h2{color:red}.}) and pictures are left out.
 * The rest is read by the Markdown parser.
 */
public final class TextileParser implements DocumentParser {

    /**
     * A block's signature, its attributes (class, id, style, language, alignment; a few, each of a few hundred characters
     * at most: a line of thousands overflowed the matcher's stack) and its one or two dots.
     */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(h[1-6]|p|bq|bc|pre|notextile|fn\\d+)((?:\\([^)\\s]{0,200}\\)|\\{[^}]{0,200}}|\\[[^\\]]{0,200}]|[<>=()]){0,20})(\\.\\.?)(?:\\s(.*)|$)");
    private static final Pattern LIST_ITEM = Pattern.compile("^([*#]+)\\s+(.*)$");
    /** A row's first line: the row ends on the first line that ends with a bar (a {@code <pre>} in a cell runs on). */
    private static final Pattern TABLE_ROW_START = Pattern.compile("^(?:\\S*\\.\\s*)?\\|.*$");
    private static final Pattern TABLE_ATTRIBUTES = Pattern.compile("^\\s*table(?:\\([^)]{0,200}\\)|\\{[^}]{0,200}}){0,20}\\.\\s*$");
    /** A cell's leading modifiers: header ({@code _}), spans ({@code \2}, {@code /3}), alignment, style; then a dot. */
    private static final Pattern CELL_MODIFIERS = Pattern.compile("^((?:_|\\\\\\d+|/\\d+|[<>=^~]|\\([^)]{0,200}\\)|\\{[^}]{0,200}}){1,20})\\.\\s");
    private static final Pattern IMAGE = Pattern.compile("!(?:[<>=]|\\([^()]{0,200}\\)){0,20}[^!\\s]+(?:\\([^()]{0,200}\\))?!(?::\\S+)?");
    private static final Pattern LINK = Pattern.compile("\"([^\"\\n]+?)(?:\\([^()]{0,200}\\))?\":((?:https?://|/|#|\\.\\.?/|mailto:)?[^\\s\"<>]*[^\\s\"<>.,;:!?)])");
    private static final Pattern CODE = Pattern.compile("(?<![\\w@])@([^@\\n]+?)@(?!\\w)");
    private static final Pattern STRONG = Pattern.compile("(?<![\\w*])\\*\\*?([^*\\s](?:[^*\\n]*?[^*\\s])?)\\*\\*?(?![\\w*])");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w_])__?([^_\\s](?:[^_\\n]*?[^_\\s])?)__?(?![\\w_])");
    private static final Pattern CITATION = Pattern.compile("\\?\\?([^?\\n]+)\\?\\?");
    /** A wiki's link to one of its pages, written in Gollum's way: {@code [[Using SSH Keys]]}, {@code [[text|Page]]}. */
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[\\s*([^\\[\\]|]+?)\\s*(?:\\|[^\\[\\]]*)?]]");
    private static final Pattern PICTURE_LINK = Pattern.compile("(?i)\\[\\[[^\\[\\]|]+\\.(?:png|jpe?g|gif|svg|webp)\\s*(?:\\|[^\\[\\]]*)?]]");
    private static final Pattern CODE_TAG = Pattern.compile("(?is)<(code|pre|tt|kbd)>(.{0,2000}?)</\\1>");
    private static final Pattern SPAN = Pattern.compile("(?<![\\w%])%(?:\\([^()]{0,200}\\)|\\{[^{}]{0,200}}){0,20}([^%\\n]+)%(?![\\w%])");

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\\R", -1);
        StringBuilder page = new StringBuilder();
        ListEnds lists = new ListEnds(LIST_ITEM);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            lists.before(line, page);
            Matcher m = SIGNATURE.matcher(line);
            if (m.matches()) {
                String kind = m.group(1);
                boolean extendedBlock = m.group(3).length() == 2;
                int end = blockEnd(lines, i + 1, extendedBlock);
                List<String> body = new ArrayList<>();
                body.add(m.group(4) == null ? "" : m.group(4));
                for (int j = i + 1; j < end; j++) {
                    body.add(lines[j]);
                }
                block(kind, body, page);
                i = end - 1;
            } else if (TABLE_ATTRIBUTES.matcher(line).matches()) {
                continue;
            } else if (TABLE_ROW_START.matcher(line).matches() && rowEnd(lines, i) >= 0) {
                i = table(lines, i, page);
            } else if ((m = LIST_ITEM.matcher(line)).matches()) {
                page.append(ListEnds.itemMarker(m.group(1))).append(inline(m.group(2))).append('\n');
            } else {
                page.append(inline(line)).append('\n');
            }
        }
        return markdown.parse(page.toString().getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    /**
     * Where a block that starts on the line before {@code from} ends: at its first blank line, or, for
     * an extended block ({@code bc..}), at the next block's signature.
     */
    private static int blockEnd(String[] lines, int from, boolean extended) {
        int end = from;
        while (end < lines.length && (extended ? !SIGNATURE.matcher(lines[end]).matches() : !lines[end].isBlank())) {
            end++;
        }
        return end;
    }

    private static void block(String kind, List<String> body, StringBuilder page) {
        String text = String.join("\n", body).strip();
        switch (kind) {
            case "bc", "pre" -> page.append("\n```\n").append(String.join("\n", body).stripIndent().strip()).append("\n```\n\n");
            case "bq" -> text.lines().forEach(line -> page.append("> ").append(inline(line)).append('\n'));
            case "notextile" -> page.append('\n').append(text).append("\n\n");
            case "p" -> page.append('\n').append(inline(text)).append("\n\n");
            default -> {
                if (kind.startsWith("fn")) {
                    page.append('\n').append(inline(text)).append("\n\n");
                } else {
                    page.append('\n').append("#".repeat(kind.charAt(1) - '0')).append(' ').append(inline(text.replace('\n', ' '))).append("\n\n");
                }
            }
        }
    }

    /** Rows of {@code |} cells, a row of {@code _.} cells as the header; the index of the table's last line. */
    private static int table(String[] lines, int start, StringBuilder page) {
        List<String> header = List.of();
        List<List<String>> rows = new ArrayList<>();
        int end = start;
        for (; end < lines.length && TABLE_ROW_START.matcher(lines[end]).matches(); end++) {
            int last = rowEnd(lines, end);
            if (last < 0) {
                break;
            }
            String row = String.join(" ", Arrays.asList(lines).subList(end, last + 1));
            end = last;
            List<String> cells = new ArrayList<>();
            boolean headerRow = true;
            for (String cell : WikiTableCells.of(row)) {
                Matcher modifiers = CELL_MODIFIERS.matcher(cell.strip() + " ");
                boolean headerCell = modifiers.lookingAt() && modifiers.group(1).contains("_");
                headerRow &= headerCell;
                cells.add(inline(modifiers.lookingAt() ? (cell.strip() + " ").substring(modifiers.end()).strip() : cell.strip()));
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

    /** The line that ends the row starting at {@code start}: the first from it that ends with a bar; -1 if a blank line comes first. */
    private static int rowEnd(String[] lines, int start) {
        for (int i = start; i < lines.length && !lines[i].isBlank(); i++) {
            if (lines[i].stripTrailing().endsWith("|")) {
                return i;
            }
        }
        return -1;
    }

    static String inline(String text) {
        String out = PICTURE_LINK.matcher(IMAGE.matcher(text).replaceAll("")).replaceAll("");
        out = WIKI_LINK.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        out = CODE_TAG.matcher(out).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(2).replace('\n', ' ').strip() + "`"));
        out = LINK.matcher(out).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(1) + "](" + m.group(2) + ")"));
        out = CODE.matcher(out).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
        out = STRONG.matcher(out).replaceAll(m -> Matcher.quoteReplacement("**" + m.group(1) + "**"));
        out = EMPHASIS.matcher(out).replaceAll(m -> Matcher.quoteReplacement("*" + m.group(1) + "*"));
        out = CITATION.matcher(out).replaceAll("$1");
        return SPAN.matcher(out).replaceAll("$1");
    }
}
