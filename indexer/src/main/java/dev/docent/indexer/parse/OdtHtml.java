package dev.docent.indexer.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An OpenDocument text's body ({@code content.xml}) written as HTML: its "Title" paragraph an {@code h1}, each heading
 * ({@code text:h}, by its outline level) one level under it, lists as lists, tables with their first row as the
 * header, paragraphs in a preformatted or code style as code blocks and spans in a monospaced font or a code style as
 * code. A table of contents, tracked deletions, notes, comments and drawings are left out.
 */
final class OdtHtml {

    private static final Pattern MONOSPACED = Pattern.compile("(?i).*(?:mono|courier|consolas|menlo|monaco|inconsolata).*");
    private static final String UNSEEN = "text|table-of-content, text|tracked-changes, text|note, office|annotation, "
            + "draw|frame, draw|custom-shape, draw|g, text|sequence-decls";
    private static final int MAX_HEADING = 6;
    /** A run of spaces is written as one element with its count; a count past this is no document's. */
    private static final int MAX_SPACES = 80;
    /** Styles derived from styles: a chain longer than this is a loop. */
    private static final int MAX_PARENTS = 10;

    /** Each style's name by its own name, with the style it derives from: a document's automatic styles ("P3") derive from its named ones. */
    private final Map<String, Element> styles = new HashMap<>();
    private final StringBuilder html = new StringBuilder();

    private OdtHtml(Document content, Document styleSheet) {
        for (Document part : List.of(styleSheet, content)) {
            for (Element style : part.select("style|style")) {
                styles.put(style.attr("style:name"), style);
            }
        }
    }

    static String of(Document content, Document styleSheet) {
        OdtHtml page = new OdtHtml(content, styleSheet);
        page.html.append("<html><body><main>");
        Element text = content.selectFirst("office|body > office|text");
        if (text != null) {
            page.blocks(text);
        }
        return page.html.append("</main></body></html>").toString();
    }

    private void blocks(Element container) {
        StringBuilder code = new StringBuilder();
        for (Element block : container.children()) {
            boolean codeParagraph = block.tagName().equals("text:p") && isCode(block.attr("text:style-name"));
            if (!codeParagraph && !code.isEmpty()) {
                html.append("<pre><code>").append(code.toString().stripTrailing()).append("</code></pre>");
                code.setLength(0);
            }
            if (codeParagraph) {
                code.append(inline(block, false)).append('\n');
                continue;
            }
            switch (block.tagName()) {
                case "text:h" -> {
                    int level = Math.min(MAX_HEADING, outlineLevel(block) + 1);
                    html.append("<h").append(level).append('>').append(inline(block, true)).append("</h").append(level).append('>');
                }
                case "text:p" -> {
                    String tag = styleName(block.attr("text:style-name")).equals("title") ? "h1" : "p";
                    html.append('<').append(tag).append('>').append(inline(block, true)).append("</").append(tag).append('>');
                }
                case "text:list" -> list(block);
                case "table:table" -> table(block);
                case "text:section", "text:index-body" -> blocks(block);
                default -> {
                    // a table of contents, tracked changes, declarations: nothing to read
                }
            }
        }
        if (!code.isEmpty()) {
            html.append("<pre><code>").append(code.toString().stripTrailing()).append("</code></pre>");
        }
    }

    private static int outlineLevel(Element heading) {
        try {
            return Math.max(1, Integer.parseInt(heading.attr("text:outline-level").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void list(Element list) {
        html.append("<ul>");
        for (Element item : list.children()) {
            if (item.tagName().equals("text:list-item") || item.tagName().equals("text:list-header")) {
                html.append("<li>");
                blocks(item);
                html.append("</li>");
            }
        }
        html.append("</ul>");
    }

    private void table(Element table) {
        // A row of a table nested in a cell is read as that cell's lines, not as a row of its own.
        HeaderedTable.write(html, table.select("table|table-row").stream().filter(row -> row.closest("table|table") == table)
                .map(row -> row.children().stream().filter(cell -> cell.tagName().equals("table:table-cell"))
                        .map(cell -> cell.select("text|p, text|h").stream().map(p -> inline(p, true)).toList()).toList())
                .toList());
    }

    /** A paragraph's text as HTML; in a code block ({@code marked} false) without code marks, since the block is code. */
    private String inline(Element paragraph, boolean marked) {
        StringBuilder text = new StringBuilder();
        for (Node node : paragraph.childNodes()) {
            if (node instanceof TextNode words) {
                text.append(Entities.escape(words.getWholeText()));
            } else if (node instanceof Element element && !element.is(UNSEEN)) {
                switch (element.tagName()) {
                    case "text:s" -> text.append(" ".repeat(spaces(element)));
                    case "text:tab" -> text.append('\t');
                    case "text:line-break" -> text.append(marked ? "<br>" : "\n");
                    case "text:span" -> {
                        boolean code = marked && isCode(element.attr("text:style-name"));
                        text.append(code ? "<code>" : "").append(inline(element, marked && !code)).append(code ? "</code>" : "");
                    }
                    default -> text.append(inline(element, marked));
                }
            }
        }
        return text.toString();
    }

    private static int spaces(Element space) {
        try {
            return Math.min(MAX_SPACES, Math.max(1, Integer.parseInt(space.attr("text:c").strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Whether the style, or one it derives from, is a code style by its name or sets a monospaced font. */
    private boolean isCode(String name) {
        for (int i = 0; i < MAX_PARENTS && !name.isEmpty(); i++) {
            Element style = styles.get(name);
            String shown = style == null ? "" : style.attr("style:display-name");
            if (CodeStyles.isCode(name) || CodeStyles.isCode(shown)) {
                return true;
            }
            if (style == null) {
                return false;
            }
            Element font = style.selectFirst("style|text-properties");
            if (font != null && MONOSPACED.matcher(font.attr("style:font-name")).matches()) {
                return true;
            }
            name = style.attr("style:parent-style-name");
        }
        return false;
    }

    /** The style's name as its editor shows it, lowercased, through the automatic styles that derive from it. */
    private String styleName(String name) {
        Element style = styles.get(name);
        for (int i = 0; style != null && i < MAX_PARENTS && style.hasAttr("style:parent-style-name")
                && style.attr("style:name").matches("[PT]\\d+"); i++) {
            name = style.attr("style:parent-style-name");
            style = styles.get(name);
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
