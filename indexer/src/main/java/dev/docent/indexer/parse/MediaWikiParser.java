package dev.docent.indexer.parse;

import dev.docent.indexer.parse.markup.DelimitedMarkup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MediaWiki markup ({@code .mediawiki}, {@code .wiki}: a GitHub or Gitea wiki's pages written so,
 * pages exported from a team's MediaWiki) as the page the wiki shows: {@code == Heading ==} lines as
 * sections, bold and italic quotes as emphasis, {@code [[Page|text]]} and {@code [url text]} links as
 * their text, bullets, numbers and definitions as lists, {@code <pre>}, {@code <syntaxhighlight>} and
 * lines indented by a space as code, {@code <code>} as code, {@code {| ... |}} tables as tables.
 * Templates ({@link WikiTemplates}), references, categories, pictures, comments, magic words
 * ({@code __TOC__}) and redirects are left out. The rest is read by the Markdown parser.
 */
public final class MediaWikiParser implements DocumentParser {

    private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s*(.+?)\\s*\\1\\s*$");
    private static final Pattern CODE_BLOCK_START = Pattern.compile("(?i)^\\s*<(pre|syntaxhighlight|source)(?:\\s+[^>]*?lang=\"?([\\w+#-]+)\"?[^>]*)?[^>]*>(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^([*#:;]+)\\s*(.*)$");
    private static final Pattern TABLE_START = Pattern.compile("^\\s*\\{\\|.*$");
    private static final Pattern TABLE_END = Pattern.compile("^\\s*\\|}.*$");
    private static final Pattern RULE = Pattern.compile("^-{4,}\\s*$");
    private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]+__");
    /** A redirect stub ({@code #REDIRECT [[Installation]]}) is no page of its own: the page it names is. */
    private static final Pattern REDIRECT = Pattern.compile("(?i)^\\s*#redirect\\b.*$");
    private static final DelimitedMarkup COMMENT = DelimitedMarkup.of(Pattern.compile("(?s)<!--.*?-->"), "-->");
    private static final DelimitedMarkup REFERENCE = DelimitedMarkup.of(
            Pattern.compile("(?is)<ref\\b[^>/]*/>|<ref\\b[^>]*>.*?</ref>"), "(?i)/>|</ref>");
    /**
     * A link to a category, a file or a picture shows no text in the page, or only a caption; so does
     * a GitHub wiki's picture, linked by its file name ({@code [[logo.png|link=...]]}).
     */
    private static final Pattern MEDIA_LINK = Pattern.compile("(?i)\\[\\[\\s*(?::?\\s*(?:category|file|image|media)\\s*:|[^\\[\\]|]+\\.(?:png|jpe?g|gif|svg|webp)\\s*(?=\\||]]))"
            + "[^\\[\\]]*(?:\\[\\[[^\\[\\]]*]][^\\[\\]]*){0,20}]]");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[\\s*:?([^\\[\\]|]+?)\\s*(?:\\|([^\\[\\]]*))?]]");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[((?:https?|ftp|mailto):[^\\s\\[\\]]{1,2000})(?:\\s+([^\\[\\]]{1,500}))?]");
    private static final Pattern CODE_TAG = Pattern.compile("(?is)<(code|tt|kbd|samp)>(.{0,2000}?)</\\1>");
    /** Emphasis, code and links run a few hundred characters at most: an opener nothing closes is not searched to the page's end. */
    private static final Pattern BOLD_ITALIC = Pattern.compile("'''''(.{1,500}?)'''''");
    private static final Pattern BOLD = Pattern.compile("'''(.{1,500}?)'''");
    private static final Pattern ITALIC = Pattern.compile("''(.{1,500}?)''");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)</?br\\s*/?>");
    /** Tags that only style their text ({@code <span>}, {@code <small>}, {@code <nowiki>}): the text stays. */
    private static final Pattern STYLING_TAG = Pattern.compile(
            "(?i)</?(?:span|div|small|big|u|s|del|ins|sup|sub|font|center|nowiki|blockquote|p|em|strong|b|i)\\b[^<>]{0,500}>");

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String text = REFERENCE.replaceAll(COMMENT.replaceAll(new String(content, StandardCharsets.UTF_8), ""), "");
        String[] lines = WikiTemplates.removed(text).split("\\R", -1);
        StringBuilder page = new StringBuilder();
        ListEnds lists = new ListEnds(LIST_ITEM);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            lists.before(line, page);
            Matcher m;
            if (REDIRECT.matcher(line).matches()) {
                continue;
            }
            if ((m = CODE_BLOCK_START.matcher(line)).matches()) {
                i = codeBlock(lines, i, m, page);
            } else if (TABLE_START.matcher(line).matches()) {
                i = table(lines, i, page);
            } else if ((m = HEADING.matcher(line)).matches()) {
                page.append('\n').append("#".repeat(m.group(1).length())).append(' ').append(inline(m.group(2))).append("\n\n");
            } else if ((m = LIST_ITEM.matcher(line)).matches()) {
                page.append(listItem(m.group(1), m.group(2))).append('\n');
            } else if (line.startsWith(" ") && !line.isBlank()) {
                i = indentedCode(lines, i, page);
            } else if (RULE.matcher(line).matches()) {
                page.append("\n---\n\n");
            } else {
                page.append(inline(MAGIC_WORD.matcher(line).replaceAll(""))).append('\n');
            }
        }
        return markdown.parse(page.toString().getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    /** A {@code <pre>} or {@code <syntaxhighlight lang="x">} block to its closing tag, as fenced code; the index of its last line. */
    private static int codeBlock(String[] lines, int start, Matcher opening, StringBuilder page) {
        String tag = opening.group(1).toLowerCase(Locale.ROOT);
        Pattern close = Pattern.compile("(?i)</" + tag + "\\s*>");
        List<String> code = new ArrayList<>();
        String first = opening.group(3);
        int end = start;
        String rest = first;
        while (true) {
            Matcher closing = close.matcher(rest);
            if (closing.find()) {
                code.add(rest.substring(0, closing.start()));
                break;
            }
            code.add(rest);
            if (end + 1 >= lines.length) {
                break;
            }
            rest = lines[++end];
        }
        if (!code.isEmpty() && code.getFirst().isBlank()) {
            code.removeFirst();
        }
        String language = opening.group(2) == null ? "" : opening.group(2);
        page.append("\n```").append(language).append('\n').append(String.join("\n", code).stripTrailing()).append("\n```\n\n");
        return end;
    }

    /** Lines indented by a space, which the wiki shows preformatted, as one code block; the index of its last line. */
    private static int indentedCode(String[] lines, int start, StringBuilder page) {
        int end = start;
        while (end + 1 < lines.length && lines[end + 1].startsWith(" ") && !lines[end + 1].isBlank()) {
            end++;
        }
        String code = String.join("\n", Arrays.asList(lines).subList(start, end + 1));
        page.append("\n```\n").append(code.stripIndent()).append("\n```\n\n");
        return end;
    }

    /** Bullets ({@code *}), numbers ({@code #}), a definition's term ({@code ;}) and its description or an indent ({@code :}). */
    private static String listItem(String markers, String item) {
        char last = markers.charAt(markers.length() - 1);
        return switch (last) {
            case '*', '#' -> ListEnds.itemMarker(markers) + inline(item);
            case ';' -> {
                int colon = item.indexOf(" : ");
                yield colon < 0 ? "\n**" + inline(item.strip()) + "**\n"
                        : "\n**" + inline(item.substring(0, colon).strip()) + "**: " + inline(item.substring(colon + 3).strip()) + "\n";
            }
            default -> "  ".repeat(markers.length() - 1) + inline(item);
        };
    }

    /** A {@code {| ... |}} table as a Markdown table, its {@code !} cells as the header; the index of its closing line. */
    private static int table(String[] lines, int start, StringBuilder page) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        String caption = null;
        int end = start + 1;
        for (; end < lines.length && !TABLE_END.matcher(lines[end]).matches(); end++) {
            String line = lines[end].strip();
            if (line.startsWith("|-")) {
                if (!row.isEmpty()) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else if (line.startsWith("|+")) {
                caption = inline(cellText(line.substring(2)));
            } else if (line.startsWith("!")) {
                List<String> cells = cells(line.substring(1), "!!");
                (rows.isEmpty() && row.isEmpty() ? header : row).addAll(cells);
            } else if (line.startsWith("|")) {
                row.addAll(cells(line.substring(1), "||"));
            } else if (!line.isEmpty() && !row.isEmpty()) {
                // A cell's text may run on over the next lines.
                row.set(row.size() - 1, row.getLast() + " " + inline(line));
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        if (!header.isEmpty() || !rows.isEmpty()) {
            page.append('\n');
            if (caption != null && !caption.isBlank()) {
                page.append(caption).append("\n\n");
            }
            page.append(PipeTable.ofRagged(header, rows)).append("\n\n");
        }
        return end;
    }

    private static List<String> cells(String line, String separator) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(Pattern.quote(separator), -1)) {
            cells.add(inline(cellText(cell)).replace("|", "\\|"));
        }
        return cells;
    }

    /** A cell's text without the attributes before its single bar ({@code style="..." | text}); a link's bar is no such bar. */
    private static String cellText(String cell) {
        String withoutLinks = WIKI_LINK.matcher(cell).replaceAll(m -> " ".repeat(m.group().length()));
        int bar = withoutLinks.indexOf('|');
        return (bar >= 0 && withoutLinks.substring(0, bar).contains("=") ? cell.substring(bar + 1) : cell).strip();
    }

    static String inline(String text) {
        String out = MEDIA_LINK.matcher(text).replaceAll("");
        out = WIKI_LINK.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                m.group(2) != null && !m.group(2).isBlank() ? m.group(2).strip() : m.group(1).strip()));
        out = EXTERNAL_LINK.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                m.group(2) == null ? m.group(1) : "[" + m.group(2).strip() + "](" + m.group(1) + ")"));
        out = CODE_TAG.matcher(out).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(2) + "`"));
        out = BOLD_ITALIC.matcher(out).replaceAll("***$1***");
        out = BOLD.matcher(out).replaceAll("**$1**");
        out = ITALIC.matcher(out).replaceAll("*$1*");
        out = LINE_BREAK.matcher(out).replaceAll(" ");
        return STYLING_TAG.matcher(out).replaceAll("");
    }
}
