package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

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
    private static final Set<String> READ = Set.of(DOCUMENT, STYLES, PROPERTIES);

    private final HtmlParser html = new HtmlParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        Map<String, String> parts = ZipParts.read(content, READ, "Word document");
        if (!parts.containsKey(DOCUMENT)) {
            throw new UnreadableDocumentException("not a Word document: it has no " + DOCUMENT);
        }
        Document document = Jsoup.parse(parts.get(DOCUMENT), "", Parser.xmlParser());
        Document styles = Jsoup.parse(parts.getOrDefault(STYLES, ""), "", Parser.xmlParser());
        String title = parts.containsKey(PROPERTIES)
                ? Jsoup.parse(parts.get(PROPERTIES), "", Parser.xmlParser()).select("dc|title").text().strip() : "";
        ParsedDocument page = html.parse(DocxHtml.of(document, new DocxStyles(styles)).getBytes(StandardCharsets.UTF_8), fallbackTitle);
        return page.titled(title);
    }
}
