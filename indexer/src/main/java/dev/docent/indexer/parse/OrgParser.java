package dev.docent.indexer.parse;

import dev.docent.indexer.parse.markup.DelimitedMarkup;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Org mode ({@code .org}: Emacs packages' manuals - Magit's, Org's own - and many READMEs) as the
 * page its HTML export shows: titled by {@code #+TITLE:}, its outline's headings as sections, source
 * and example blocks as code, quotes as quotes, tables as tables, {@code [[target][text]]} links as
 * their text, {@code =verbatim=} and {@code ~code~} as code, a description list's {@code term ::}
 * leading its item; property drawers, comments, keywords ({@code #+OPTIONS:}, Texinfo's
 * {@code #+kindex:}) and footnote marks are left out. The rest is read by the Markdown parser.
 */
public final class OrgParser implements DocumentParser {

    private static final Pattern TITLE = Pattern.compile("(?i)^#\\+title:\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(\\*+)\\s+(?:(?:TODO|DONE)\\s+)?(?:\\[#[A-C]]\\s+)?(.*?)(?:\\s+:[\\w@#%:]+:)?\\s*$");
    private static final Pattern BLOCK_START = Pattern.compile("(?i)^\\s*#\\+begin_(\\w+)\\s*(\\S*).*$");
    private static final Pattern KEYWORD = Pattern.compile("^\\s*#\\+\\w[\\w-]*:.*$|^\\s*#\\s.*$|^\\s*#$");
    private static final Pattern DRAWER = Pattern.compile("^\\s*:[\\w-]+:\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|[-+]+\\|?\\s*$");
    private static final DelimitedMarkup LINK = DelimitedMarkup.of(Pattern.compile("\\[\\[([^\\]]+)](?:\\[([^\\]]+)])?]"), "]");
    private static final DelimitedMarkup CODE = DelimitedMarkup.of(
            Pattern.compile("(?<![\\w=~])([=~])(\\S(?:.*?\\S)?)\\1(?![\\w=~])"), "(?<=\\S)[=~](?![\\w=~])(?s:.)?");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[fn:[\\w-]*]");
    private static final String END_OF_DRAWER = ":END:";
    private static final int MAX_HEADING_LEVEL = 6;
    /**
     * A definition the Texinfo export writes as an entry of the manual ({@code - User Option: magit-buffer-name-format ::},
     * {@code - Key: g (magit-refresh) ::}), its description in the paragraphs under it: a section of its own, as an
     * option Sphinx describes is, so that a question naming it finds where it is defined.
     */
    private static final Pattern DEFINITION = Pattern.compile(
            "^[-+]\\s+((?:Function|Command|User Option|Variable|Key|Macro|Special Form|Face|Hook):\\s+.+?)\\s+::\\s*$");
    /** Special blocks that a theme shows as callouts; any other special block ({@code center}, {@code verse}) shows its body. */
    private static final Map<String, String> CALLOUTS = Map.of("note", "Note", "tip", "Tip", "warning",
            "Warning", "important", "Important", "caution", "Caution", "info", "Info");
    private static final Pattern DESCRIPTION_ITEM = Pattern.compile("^(\\s*[-+]\\s+)(.+?)\\s+::\\s*(.*)$");

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\\R", -1);
        StringBuilder page = new StringBuilder();
        String title = null;
        boolean tableHeaded = false;
        int headingLevel = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m;
            if ((m = TITLE.matcher(line)).matches()) {
                title = inline(m.group(1).strip());
            } else if ((m = BLOCK_START.matcher(line)).matches()) {
                i = block(lines, i, m.group(1).toLowerCase(Locale.ROOT), m.group(2), page);
            } else if (DRAWER.matcher(line).matches()) {
                i = drawerEnd(lines, i);
            } else if (KEYWORD.matcher(line).matches()) {
                continue;
            } else if ((m = HEADING.matcher(line)).matches()) {
                headingLevel = Math.min(MAX_HEADING_LEVEL, m.group(1).length() + 1);
                page.append('\n').append("#".repeat(headingLevel)).append(' ').append(inline(m.group(2))).append("\n\n");
            } else if ((m = DEFINITION.matcher(line)).matches()) {
                page.append('\n').append("#".repeat(Math.min(MAX_HEADING_LEVEL, headingLevel + 1))).append(' ')
                        .append(inline(m.group(1))).append("\n\n");
            } else if (TABLE_RULE.matcher(line).matches()) {
                // A rule under a table's first row makes that row its header; any other rule only divides rows.
                if (!tableHeaded && i > 0 && lines[i - 1].strip().startsWith("|")) {
                    int columns = lines[i - 1].strip().split("\\|", -1).length - 2;
                    page.append("|").append(" --- |".repeat(Math.max(1, columns))).append('\n');
                    tableHeaded = true;
                }
            } else {
                tableHeaded = tableHeaded && line.strip().startsWith("|");
                page.append(item(inline(line))).append('\n');
            }
        }
        String named = title == null ? page.toString() : "# " + title + "\n\n" + page;
        return markdown.parse(named.getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    /**
     * A block from its {@code #+begin_} line to its end: source and example blocks as code, a quote as a
     * quote, a callout-like block ({@code #+begin_note}, {@code #+begin_warning}) led by its label, an
     * export block for one output ({@code #+begin_export html}) left out, any other as its body.
     *
     * @return the index of the block's end line
     */
    private static int block(String[] lines, int start, String kind, String argument, StringBuilder page) {
        Pattern end = Pattern.compile("(?i)^\\s*#\\+end_" + Pattern.quote(kind) + "\\s*$");
        int close = start + 1;
        while (close < lines.length && !end.matcher(lines[close]).matches()) {
            close++;
        }
        StringBuilder body = new StringBuilder();
        for (int i = start + 1; i < close; i++) {
            // Org escapes a line of a block that would read as markup with a leading comma.
            body.append(lines[i].replaceFirst("^(\\s*),([*#])", "$1$2")).append('\n');
        }
        String text = body.toString().stripIndent().strip();
        switch (kind) {
            case "src", "example" -> page.append("\n```").append(kind.equals("src") ? argument : "").append('\n').append(text).append("\n```\n\n");
            case "quote" -> page.append('\n').append(text.lines().map(line -> "> " + inline(line)).reduce((a, b) -> a + "\n" + b).orElse(""))
                    .append("\n\n");
            case "export", "comment" -> { }
            default -> page.append('\n').append(CALLOUTS.containsKey(kind) ? CALLOUTS.get(kind) + ":\n" : "")
                    .append(inline(text)).append("\n\n");
        }
        return close;
    }

    /** The {@code :END:} line that closes the drawer opened on line {@code start}; the line itself when none does. */
    private static int drawerEnd(String[] lines, int start) {
        for (int i = start; i < lines.length; i++) {
            if (lines[i].strip().equalsIgnoreCase(END_OF_DRAWER)) {
                return i;
            }
        }
        return start;
    }

    /** A description list's item ({@code - term :: what it is}) led by its term, as the export shows it. */
    private static String item(String line) {
        Matcher m = DESCRIPTION_ITEM.matcher(line);
        return m.matches() ? m.group(1) + m.group(2) + ": " + m.group(3) : line;
    }

    private static String inline(String text) {
        String linked = LINK.replaceAll(text, m -> Matcher.quoteReplacement(
                m.group(2) != null ? m.group(2) : m.group(1).replaceFirst("^(?:file:|#)", "")));
        String coded = CODE.replaceAll(linked, m -> Matcher.quoteReplacement("`" + m.group(2) + "`"));
        return FOOTNOTE_MARK.matcher(coded).replaceAll("");
    }
}
