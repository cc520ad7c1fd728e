package dev.docent.indexer.parse;

import java.util.Locale;
import java.util.OptionalInt;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A Word document's body ({@code word/document.xml}) written as HTML: its "Title" paragraph an {@code h1}, each heading
 * one level under it, consecutive list paragraphs a list, consecutive paragraphs in a code style a preformatted block,
 * tables as tables, and runs in a monospaced font or a code style as code.
 */
final class DocxHtml {

    /** What a run holds that no reader sees: deleted revisions, pictures, text boxes drawn over the page, field codes. */
    private static final String UNSEEN = "w|del, w|drawing, w|pict, w|object, mc|AlternateContent, w|instrText";
    private static final int MAX_HEADING = 6;

    private final DocxStyles styles;
    private final StringBuilder html = new StringBuilder();
    private boolean inList;
    /** The element of the list being written: {@code ol} for numbered items, {@code ul} for bullets. */
    private String list = "ul";
    private boolean inCode;

    private DocxHtml(DocxStyles styles) {
        this.styles = styles;
    }

    static String of(Document document, DocxStyles styles) {
        DocxHtml page = new DocxHtml(styles);
        page.html.append("<html><body><main>");
        Element body = document.selectFirst("w|body");
        if (body != null) {
            page.blocks(body);
        }
        page.endRun();
        return page.html.append("</main></body></html>").toString();
    }

    private void blocks(Element container) {
        for (Element block : container.children()) {
            switch (block.tagName()) {
                case "w:p" -> paragraph(block);
                case "w:tbl" -> table(block);
                case "w:sdt" -> {
                    // A content control: a table of contents is one, and is left out; any other shows its content.
                    Element gallery = block.selectFirst("w|sdtPr w|docPartGallery");
                    Element content = block.selectFirst("w|sdtContent");
                    if (content != null && (gallery == null || !gallery.attr("w:val").toLowerCase(Locale.ROOT).contains("table of contents"))) {
                        blocks(content);
                    }
                }
                case "w:customXml", "w:smartTag", "w:ins" -> blocks(block);
                default -> {
                    // section properties, bookmarks, proofing marks: no text
                }
            }
        }
    }

    private void paragraph(Element paragraph) {
        Element properties = paragraph.selectFirst("w|pPr");
        String style = properties == null ? "" : attribute(properties.selectFirst("w|pStyle"));
        if (styles.isContents(style)) {
            return;
        }
        String text = runs(paragraph);
        OptionalInt level = properties == null || properties.selectFirst("w|outlineLvl") == null ? styles.outlineLevel(style)
                : DocxStyles.level(properties.selectFirst("w|outlineLvl"));
        boolean item = properties != null && properties.selectFirst("w|numPr") != null || styles.isListItem(style);
        boolean code = styles.isCode(style);
        if (!code && inCode || !item && inList) {
            endRun();
        }
        if (text.isBlank() && !code) {
            return;
        }
        if (styles.isTitle(style)) {
            html.append("<h1>").append(text).append("</h1>");
        } else if (level.isPresent()) {
            int h = Math.min(MAX_HEADING, level.getAsInt() + 1);
            html.append("<h").append(h).append('>').append(text).append("</h").append(h).append('>');
        } else if (code) {
            html.append(inCode ? "\n" : "<pre><code>").append(text.replace("<code>", "").replace("</code>", ""));
            inCode = true;
        } else if (item) {
            list = inList ? list : styles.isNumbered(style) ? "ol" : "ul";
            html.append(inList ? "" : "<" + list + ">").append("<li>").append(text).append("</li>");
            inList = true;
        } else {
            html.append("<p>").append(text).append("</p>");
        }
    }

    /** Closes the list or code block that consecutive paragraphs made. */
    private void endRun() {
        if (inCode) {
            html.append("</code></pre>");
        }
        if (inList) {
            html.append("</").append(list).append('>');
        }
        inCode = false;
        inList = false;
    }

    private void table(Element table) {
        endRun();
        // A table nested in a cell (a layout of Word's) is read as the cell's lines.
        HeaderedTable.write(html, table.select("> w|tr").stream().map(row -> row.select("> w|tc").stream()
                .map(cell -> cell.select("w|p").stream().filter(p -> p.parents().stream()
                        .takeWhile(parent -> parent != cell).noneMatch(parent -> parent.is(UNSEEN)))
                        .map(this::runs).toList()).toList()).toList());
    }

    /** A paragraph's text: its runs in order, those no reader sees left out, monospaced ones as code. */
    private String runs(Element paragraph) {
        StringBuilder text = new StringBuilder();
        for (Element run : paragraph.select("w|r")) {
            if (run.parents().stream().takeWhile(parent -> parent != paragraph).anyMatch(parent -> parent.is(UNSEEN))) {
                continue;
            }
            StringBuilder words = new StringBuilder();
            for (Element part : run.children()) {
                switch (part.tagName()) {
                    case "w:t" -> words.append(Entities.escape(part.wholeText()));
                    case "w:tab" -> words.append('\t');
                    case "w:br", "w:cr" -> words.append("<br>");
                    case "w:noBreakHyphen" -> words.append('-');
                    default -> {
                        // run properties, field characters, footnote references: no text
                    }
                }
            }
            text.append(isCode(run) && !words.isEmpty() ? "<code>" + words + "</code>" : words);
        }
        return text.toString();
    }

    private boolean isCode(Element run) {
        Element properties = run.selectFirst("> w|rPr");
        if (properties == null) {
            return false;
        }
        Element fonts = properties.selectFirst("w|rFonts");
        return fonts != null && MonospacedFonts.isMonospaced(fonts.attr("w:ascii"))
                || styles.isCode(attribute(properties.selectFirst("w|rStyle")));
    }

    private static String attribute(Element element) {
        return element == null ? "" : element.attr("w:val");
    }
}
