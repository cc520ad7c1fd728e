package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;

/**
 * Reads a Word document ({@code .docx}: what a support team writes its runbooks and guides in, and what Google Docs
 * exports) as the page Word shows: its headings - paragraphs whose style has an outline level ("Heading 1",
 * "Überschrift 2") - as sections, list paragraphs as list items, tables as tables, paragraphs in a code style or runs
 * in a monospaced font as code ({@link DocxHtml}), then reads that as any HTML page is read. The title is the
 * document's own (its properties' title, else its "Title" paragraph), else its file name. Deleted revisions, field
 * codes, a table of contents and pictures are left out.
 */
public final class DocxParser implements DocumentParser {

    private static final String DOCUMENT = "word/document.xml";
    private static final String STYLES = "word/styles.xml";
    private static final String PROPERTIES = "docProps/core.xml";

    private final HtmlParser html = new HtmlParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        OfficePackage document = OfficePackage.read(content, DOCUMENT, STYLES, PROPERTIES, "Word document");
        String page = DocxHtml.of(document.content(), new DocxStyles(document.styles()));
        return html.parse(page.getBytes(StandardCharsets.UTF_8), fallbackTitle).titled(document.title());
    }
}
