package dev.docent.indexer.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a site writes around every page when its theme marks none of it as navigation: the site's
 * name as a heading that links home, and bars of links ("Home | Table of contents | Index",
 * "« previous | up | next »"). Django's documentation theme puts both in plain {@code <div>}s before
 * the page's own heading, so every page was titled "Django 3.2.25 documentation" - its citations
 * and "pages to read" alike, and the title evidence of the page ranker matched nothing - and opened
 * with a passage of its link bars.
 */
final class SiteBranding {

    /**
     * What separates the links of a bar; a bar's text is nothing else once its links are taken out.
     * Not commas or dashes: "pytest-flakefinder - blog post" is an entry of a list, two links about one thing.
     */
    private static final Pattern SEPARATORS_ONLY = Pattern.compile("[\\s\\p{Z}|«»‹›·•/<>←→↑]*");
    /** A link to the site's front page: "/", "../index.html", "./", "index.html". */
    private static final Pattern HOME = Pattern.compile("(?:\\.{1,2}/)*(?:index\\.html?)?|/");
    private static final int MIN_BAR_LINKS = 2;

    private SiteBranding() {
    }

    /**
     * Removes the site's name as a heading and bars of links from the page's content.
     *
     * @param siteName what the page's {@code <title>} says after the page's own name ("Django 3.2.25
     *                 documentation" in "Sending email — Django 3.2.25 documentation"), empty if nothing
     */
    static void removeFrom(Element content, String siteName) {
        for (Element heading : content.select("h1, h2, h3")) {
            if (namesTheSite(heading, siteName)) {
                heading.remove();
            }
        }
        for (Element block : content.select("div, p")) {
            if (block.closest("li, td, th, dd, dt") == null && isLinkBar(block)) {
                block.remove();
            }
        }
    }

    private static boolean namesTheSite(Element heading, String siteName) {
        String text = heading.text().strip();
        if (!siteName.isEmpty() && text.equalsIgnoreCase(siteName)) {
            return true;
        }
        Element link = heading.selectFirst("a[href]");
        return link != null && heading.select("a[href]").size() == 1 && link.text().strip().equals(text)
                && HOME.matcher(link.attr("href").strip()).matches();
    }

    /** Two links or more to other pages, and between them nothing but separators. */
    private static boolean isLinkBar(Element block) {
        var links = block.select("a[href]");
        if (links.size() < MIN_BAR_LINKS || links.stream().anyMatch(link -> link.attr("href").startsWith("#"))
                || block.selectFirst("p, pre, ul, ol, dl, table, h1, h2, h3, h4, h5, h6, code") != null && block.is("div")) {
            return false;
        }
        StringBuilder between = new StringBuilder();
        textOutsideLinks(block, between);
        return SEPARATORS_ONLY.matcher(between).matches();
    }

    private static void textOutsideLinks(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof Element inner && !inner.is("a[href]")) {
                textOutsideLinks(inner, out);
            }
        }
    }
}
