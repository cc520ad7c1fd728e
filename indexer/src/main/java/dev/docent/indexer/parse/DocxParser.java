package dev.docent.indexer.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
    /** A document's text runs to a few megabytes; an entry that unpacks past this is a zip bomb, not a document. */
    private static final int MAX_ENTRY_BYTES = 64 << 20;

    private final HtmlParser html = new HtmlParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        Map<String, String> parts = parts(content);
        if (!parts.containsKey(DOCUMENT)) {
            throw new UnreadableDocumentException("not a Word document: it has no " + DOCUMENT);
        }
        Document document = Jsoup.parse(parts.get(DOCUMENT), "", Parser.xmlParser());
        Document styles = Jsoup.parse(parts.getOrDefault(STYLES, ""), "", Parser.xmlParser());
        String title = parts.containsKey(PROPERTIES)
                ? Jsoup.parse(parts.get(PROPERTIES), "", Parser.xmlParser()).select("dc|title").text().strip() : "";
        ParsedDocument page = html.parse(DocxHtml.of(document, new DocxStyles(styles)).getBytes(StandardCharsets.UTF_8), fallbackTitle);
        return title.isEmpty() ? page : new ParsedDocument(title, page.url(), page.description(), page.sections());
    }

    private static Map<String, String> parts(byte[] content) throws UnreadableDocumentException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (READ.contains(entry.getName())) {
                    parts.put(entry.getName(), new String(bounded(zip, entry.getName()), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("not a readable Word document (" + e.getMessage() + ")");
        }
        return parts;
    }

    private static byte[] bounded(InputStream entry, String name) throws IOException, UnreadableDocumentException {
        byte[] bytes = entry.readNBytes(MAX_ENTRY_BYTES + 1);
        if (bytes.length > MAX_ENTRY_BYTES) {
            throw new UnreadableDocumentException("its " + name + " unpacks to more than " + (MAX_ENTRY_BYTES >> 20) + " MB");
        }
        return bytes;
    }
}
