package dev.docent.indexer.parse;

import dev.docent.indexer.parse.markup.DelimitedMarkup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Ruby's RDoc markup ({@code .rdoc}: Ruby's own guides in {@code doc/}, Rake's manual, gems' READMEs) as the
 * page RDoc renders: {@code =} headings as sections, lines indented past their paragraph as code, bullets and
 * numbers as lists, and a labelled item ({@code [--jobs number]}, {@code term:: text}) - how RDoc writes a
 * command's options - as a section of its own under its heading, as POD's and Org's option entries are;
 * {@code +code+}, {@code <tt>} and {@code <code>} as code, {@code {text}[url]} links as links, and a backslash that
 * stops a cross-reference ({@code \OptionParser}) left out. {@code :title:} names the page, {@code :stopdoc:} hides
 * what follows until {@code :startdoc:}, and a file that declares {@code :markup: markdown} is read as Markdown.
 */
public final class RDocParser implements DocumentParser {

    private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s*(.*?)\\s*$");
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*:([\\w-]+):\\s*(.*?)\\s*$");
    private static final Pattern LABEL = Pattern.compile("^\\[([^\\]]+)]\\s*(.*)$|^(\\S.*?)::(?:\\s+(.*))?$");
    private static final Pattern BULLET = Pattern.compile("^([*-]|\\d+\\.|[a-zA-Z]\\.)\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^-{3,}\\s*$");
    private static final Pattern MARKDOWN_MARKUP = Pattern.compile("(?im)^:markup:\\s*(?:markdown|md)\\s*$");
    private static final DelimitedMarkup CODE_TAG = DelimitedMarkup.of(Pattern.compile("<(tt|code)>(.*?)</\\1>"), "</(?:tt|code)>");
    private static final Pattern TAG = Pattern.compile("</?(?:b|em|i|strong)>");
    private static final Pattern PLUS_CODE = Pattern.compile("(?<![\\w+])\\+([\\w.:#/\\[\\]=?!-]+)\\+(?![\\w+])");
    private static final DelimitedMarkup BRACED_LINK = DelimitedMarkup.of(Pattern.compile("\\{([^}]+)}\\[([^\\]\\s]+)]"), "]");
    private static final Pattern WORD_LINK = Pattern.compile("(?<![\\w\\]])([\\w.-]+)\\[((?:https?:|mailto:|link:|rdoc-ref:|#)[^\\]\\s]*)]");
    private static final Pattern CROSS_REFERENCE_SCHEME = Pattern.compile("\\b(?:rdoc-ref|link):");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?=[A-Z#:+*_<{\\\\])");
    private static final int MAX_HEADING_LEVEL = 6;

    private final MarkdownParser markdown = new MarkdownParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String text = Utf8Text.decode(content);
        if (MARKDOWN_MARKUP.matcher(text).find()) {
            return markdown.parse(MARKDOWN_MARKUP.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8), fallbackTitle);
        }
        Reading reading = new Reading();
        for (String line : text.split("\\R", -1)) {
            reading.read(line.replace("\t", "        "));
        }
        reading.flushCode();
        String page = reading.title == null ? reading.page.toString() : "# " + reading.title + "\n\n" + reading.page;
        return markdown.parse(page.getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    /** Where a line stands: the indentation its paragraph or list item's text starts at, and an open code block. */
    private static final class Reading {
        final StringBuilder page = new StringBuilder();
        final List<String> code = new ArrayList<>();
        String title;
        boolean hidden;
        int margin;
        int headingLevel;
        boolean awaitingItemBody;

        void read(String line) {
            Matcher m;
            if ((m = DIRECTIVE.matcher(line)).matches() && directive(m.group(1), m.group(2))) {
                return;
            }
            if (hidden) {
                return;
            }
            if (line.isBlank()) {
                if (!code.isEmpty()) {
                    code.add("");
                } else {
                    page.append('\n');
                }
                return;
            }
            int indent = line.length() - line.stripLeading().length();
            String text = line.strip();
            if (!code.isEmpty() && indent > margin) {
                code.add(line);
                return;
            }
            flushCode();
            if (awaitingItemBody) {
                awaitingItemBody = false;
                margin = indent;
            } else if (indent > margin) {
                code.add(line);
                return;
            } else if (indent < margin) {
                margin = indent;
            }
            structure(indent, text);
        }

        private void structure(int indent, String text) {
            Matcher m;
            if (indent == 0 && (m = HEADING.matcher(text)).matches()) {
                headingLevel = m.group(1).length();
                margin = 0;
                page.append('\n').append("#".repeat(headingLevel)).append(' ').append(inline(m.group(2))).append("\n\n");
            } else if (RULE.matcher(text).matches()) {
                page.append('\n');
            } else if ((m = LABEL.matcher(text)).matches()) {
                String label = m.group(1) != null ? m.group(1) : m.group(3);
                String rest = m.group(1) != null ? m.group(2) : m.group(4);
                page.append('\n').append("#".repeat(Math.min(MAX_HEADING_LEVEL, headingLevel + 1))).append(' ')
                        .append(inline(label)).append("\n\n");
                if (rest != null && !rest.isBlank()) {
                    page.append(inline(rest)).append('\n');
                }
                awaitingItemBody = true;
            } else if ((m = BULLET.matcher(text)).matches()) {
                page.append("  ".repeat(indent / 2)).append("- ").append(inline(m.group(2))).append('\n');
                margin = indent + m.group(1).length() + 1;
            } else {
                page.append(inline(text)).append('\n');
            }
        }

        /** @return whether the line was a directive this reader knows, which shows nothing itself */
        private boolean directive(String name, String argument) {
            switch (name) {
                case "title" -> title = inline(argument);
                case "stopdoc" -> hidden = true;
                case "startdoc" -> hidden = false;
                case "include", "main", "markup", "nodoc", "doc", "section", "category", "call-seq", "enddoc" -> { }
                default -> {
                    return false;
                }
            }
            return true;
        }

        void flushCode() {
            while (!code.isEmpty() && code.getLast().isBlank()) {
                code.removeLast();
            }
            if (!code.isEmpty()) {
                page.append("\n```\n").append(String.join("\n", code).stripIndent()).append("\n```\n\n");
                code.clear();
            }
        }
    }

    /** RDoc's inline markup as Markdown's. */
    static String inline(String text) {
        String coded = CODE_TAG.replaceAll(text, m -> Matcher.quoteReplacement(
                "`" + TAG.matcher(m.group(2)).replaceAll("").replace("`", "") + "`"));
        String plain = TAG.matcher(coded).replaceAll("");
        String linked = BRACED_LINK.replaceAll(plain, m -> Matcher.quoteReplacement("[" + m.group(1) + "](" + m.group(2) + ")"));
        linked = WORD_LINK.matcher(linked).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(1) + "](" + m.group(2) + ")"));
        String code = PLUS_CODE.matcher(CROSS_REFERENCE_SCHEME.matcher(linked).replaceAll("")).replaceAll("`$1`");
        return ESCAPE.matcher(code).replaceAll("");
    }
}
