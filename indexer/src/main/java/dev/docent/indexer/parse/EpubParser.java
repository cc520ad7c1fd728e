package dev.docent.indexer.parse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an e-book ({@code .epub}: a manual published as a book) as one page: its chapters in reading order (the
 * package's spine), each read as the HTML page it is, its sections under the chapter's title. The title is the
 * book's own. A chapter the spine marks as not in the reading order ({@code linear="no"}), and the book's own table
 * of contents, are left out.
 */
public final class EpubParser implements DocumentParser {

    private static final String CONTAINER = "META-INF/container.xml";

    private final HtmlParser html = new HtmlParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        Map<String, String> parts = ZipParts.read(content, name -> name.equals(CONTAINER) || isBookPart(name), "e-book");
        Element rootFile = parts.containsKey(CONTAINER)
                ? Jsoup.parse(parts.get(CONTAINER), "", Parser.xmlParser()).selectFirst("rootfile[full-path]") : null;
        if (rootFile == null || !parts.containsKey(rootFile.attr("full-path"))) {
            throw new UnreadableDocumentException("not an e-book: it names no package in " + CONTAINER);
        }
        String packagePath = rootFile.attr("full-path");
        Document book = Jsoup.parse(parts.get(packagePath), "", Parser.xmlParser());
        Map<String, Element> manifest = new HashMap<>();
        for (Element item : book.select("manifest > item")) {
            manifest.put(item.attr("id"), item);
        }
        List<Section> sections = new ArrayList<>();
        for (Element reference : book.select("spine > itemref")) {
            Element item = manifest.get(reference.attr("idref"));
            if (item == null || reference.attr("linear").equals("no") || item.attr("properties").contains("nav")) {
                continue;
            }
            String chapterPath = resolved(packagePath, item.attr("href"));
            String chapter = parts.get(chapterPath);
            if (chapter != null) {
                ParsedDocument page = html.parse(chapter.getBytes(StandardCharsets.UTF_8), "");
                for (Section section : page.sections()) {
                    List<String> headings = new ArrayList<>();
                    if (!page.title().isBlank()) {
                        headings.add(page.title());
                    }
                    headings.addAll(section.headings());
                    sections.add(new Section(headings, section.anchor(), section.blocks()));
                }
            }
        }
        String title = book.select("metadata > dc|title").text().strip();
        return new ParsedDocument(title.isEmpty() ? fallbackTitle : title, sections);
    }

    private static boolean isBookPart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".opf") || lower.endsWith(".xhtml") || lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /** A manifest's link, relative to the package, as a path in the zip. */
    private static String resolved(String packagePath, String href) {
        String base = packagePath.substring(0, packagePath.lastIndexOf('/') + 1);
        try {
            return URI.create("zip:/" + base).resolve(href).getPath().substring(1);
        } catch (IllegalArgumentException e) {
            return base + href; // a name no URI can hold, as some packages write it: taken as written
        }
    }
}
