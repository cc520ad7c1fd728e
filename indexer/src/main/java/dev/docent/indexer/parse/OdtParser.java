package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;

/**
 * Reads an OpenDocument text ({@code .odt}: LibreOffice's and OpenOffice's documents, and a Google Docs export) as the
 * page its editor shows ({@link OdtHtml}), then reads that as any HTML page is read. The title is the document's own
 * (its metadata's title, else its "Title" paragraph), else its file name.
 */
public final class OdtParser implements DocumentParser {

    private static final String CONTENT = "content.xml";
    private static final String STYLES = "styles.xml";
    private static final String META = "meta.xml";

    private final HtmlParser html = new HtmlParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        OfficePackage document = OfficePackage.read(content, CONTENT, STYLES, META, "OpenDocument text");
        String page = OdtHtml.of(document.content(), document.styles());
        return html.parse(page.getBytes(StandardCharsets.UTF_8), fallbackTitle).titled(document.title());
    }
}
