package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

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
        Map<String, String> parts = ZipParts.read(content, Set.of(CONTENT, STYLES, META), "OpenDocument text");
        if (!parts.containsKey(CONTENT)) {
            throw new UnreadableDocumentException("not an OpenDocument text: it has no " + CONTENT);
        }
        Document document = Jsoup.parse(parts.get(CONTENT), "", Parser.xmlParser());
        Document styles = Jsoup.parse(parts.getOrDefault(STYLES, ""), "", Parser.xmlParser());
        String title = parts.containsKey(META)
                ? Jsoup.parse(parts.get(META), "", Parser.xmlParser()).select("dc|title").text().strip() : "";
        ParsedDocument page = html.parse(OdtHtml.of(document, styles).getBytes(StandardCharsets.UTF_8), fallbackTitle);
        return page.titled(title);
    }
}
