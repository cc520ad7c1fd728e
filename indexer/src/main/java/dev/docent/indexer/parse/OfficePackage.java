package dev.docent.indexer.parse;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * What a Word or OpenDocument reader takes from the document's package ({@link ZipParts}): its content and its
 * styles as XML, and the title its metadata gives (Dublin Core's {@code dc:title}), empty when it gives none.
 */
record OfficePackage(Document content, Document styles, String title) {

    /**
     * @param kind what the document is, for the errors ("Word document")
     */
    static OfficePackage read(byte[] zip, String contentPart, String stylesPart, String metadataPart, String kind)
            throws UnreadableDocumentException {
        Map<String, String> parts = ZipParts.read(zip, Set.of(contentPart, stylesPart, metadataPart), kind);
        if (!parts.containsKey(contentPart)) {
            String article = "AEIOU".indexOf(Character.toUpperCase(kind.charAt(0))) >= 0 ? "an " : "a ";
            throw new UnreadableDocumentException("not " + article + kind + ": it has no " + contentPart);
        }
        String title = parts.containsKey(metadataPart) ? xml(parts.get(metadataPart)).select("dc|title").text().strip() : "";
        return new OfficePackage(xml(parts.get(contentPart)), xml(parts.getOrDefault(stylesPart, "")), title);
    }

    private static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }
}
