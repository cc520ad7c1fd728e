package dev.docent.indexer.source.web;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The page URLs of a sitemap ({@code <urlset>}) or the child sitemaps of a sitemap index. */
final class SitemapReader {

    private SitemapReader() {
    }

    record Sitemap(List<String> pages, List<String> childSitemaps) {
    }

    static Sitemap read(String xml, String baseUri) {
        Document document = Jsoup.parse(xml, baseUri, Parser.xmlParser());
        List<String> pages = document.select("urlset > url > loc").stream().map(SitemapReader::text).toList();
        List<String> children = document.select("sitemapindex > sitemap > loc").stream().map(SitemapReader::text).toList();
        return new Sitemap(pages, children);
    }

    private static String text(Element loc) {
        return loc.text().strip();
    }
}
