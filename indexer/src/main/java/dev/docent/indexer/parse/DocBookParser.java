package dev.docent.indexer.parse;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads DocBook ({@code .dbk}, and the {@code .xml} and {@code .sgml} pages {@code DocBookFiles} knows: PostgreSQL's
 * manual, Publican's and Red Hat's books, KDE's and GNOME's handbooks) as DocBook's own HTML stylesheets show it
 * ({@link DocBookHtml}), then reads that as any HTML page is read. The entities the page declares in its document type
 * ({@code <!ENTITY PRODUCT "Publican">}) read as their text; one that names a file ({@code <!ENTITY ddl SYSTEM
 * "ddl.sgml">}) reads as nothing, as an XInclude does: that file is a page of its own.
 */
public final class DocBookParser implements DocumentParser {

    private static final Pattern ENTITY = Pattern.compile(
            "<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(?:\"([^\"]*)\"|'([^']*)'|(?:SYSTEM|PUBLIC)\\s[^>]*)>");
    private static final Pattern REFERENCE = Pattern.compile("&([A-Za-z_][\\w.-]*);");
    /** An entity's text may name other entities; a few rounds resolve what books write, and stop a loop of them. */
    private static final int ENTITY_ROUNDS = 4;
    /** Entities that name each other many times over grow a page without end ("a billion laughs"). */
    private static final int MAX_GROWTH = 8;

    private final HtmlParser html = new HtmlParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String xml = Utf8Text.decode(content);
        Map<String, String> entities = new HashMap<>();
        Optional<XmlDocumentType> documentType = XmlDocumentType.of(xml);
        if (documentType.isPresent()) {
            Matcher entity = ENTITY.matcher(documentType.get().subset(xml));
            while (entity.find()) {
                String text = entity.group(2) != null ? entity.group(2) : entity.group(3) != null ? entity.group(3) : "";
                entities.putIfAbsent(entity.group(1), text);
            }
            xml = xml.substring(0, documentType.get().start()) + xml.substring(documentType.get().end());
        }
        long limit = (long) MAX_GROWTH * content.length + (1 << 20);
        for (int round = 0; round < ENTITY_ROUNDS && !entities.isEmpty(); round++) {
            String before = xml;
            xml = expanded(xml, entities, limit);
            if (xml.equals(before)) {
                break;
            }
        }
        Document docBook = Jsoup.parse(xml, "", Parser.xmlParser());
        return html.parse(DocBookHtml.of(docBook).getBytes(StandardCharsets.UTF_8), fallbackTitle);
    }

    private static String expanded(String xml, Map<String, String> entities, long limit) throws UnreadableDocumentException {
        StringBuilder out = new StringBuilder(xml.length());
        Matcher reference = REFERENCE.matcher(xml);
        int last = 0;
        while (reference.find()) {
            out.append(xml, last, reference.start()).append(entities.getOrDefault(reference.group(1), reference.group()));
            last = reference.end();
            if (out.length() > limit) {
                throw new UnreadableDocumentException("its entities expand to more than " + MAX_GROWTH + " times its size");
            }
        }
        return out.append(xml, last, xml.length()).toString();
    }
}
