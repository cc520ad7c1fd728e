package dev.docent.indexer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a site writes around every page when its theme marks none of it as navigation: the site's
 * name as a heading that links home, bars of links ("Home | Table of contents | Index",
 * "« previous | up | next »"), and menus and tables of contents. Django's documentation theme puts
 * its name and bars in plain {@code <div>}s before the page's own heading, so every page was titled
 * "Django 3.2.25 documentation" - its citations and "pages to read" alike, and the title evidence of
 * the page ranker matched nothing - and opened with a passage of its link bars.
 */
final class SiteFrame {

    /**
     * What separates the links of a bar; a bar's text is nothing else once its links are taken out.
     * Not commas or dashes: "pytest-flakefinder - blog post" is an entry of a list, two links about one thing.
     */
    private static final Pattern SEPARATORS_ONLY = Pattern.compile("[\\s\\p{Z}|«»‹›·•/<>←→↑\\[\\]]*");
    /** A bar's label before its links: Apache's "Available Languages: de | en | fr". */
    private static final Pattern BAR_LABEL = Pattern.compile("[\\s\\p{Z}]*\\p{L}[\\p{L}\\s\\p{Z}]{0,30}:");
    /** A link to the site's front page: "/", "../index.html", "./", "index.html". */
    private static final Pattern HOME = Pattern.compile("(?:\\.{1,2}/)*(?:index\\.html?)?|/");
    private static final int MIN_BAR_LINKS = 2;
    private static final int MIN_MENU_LINKS = 6;
    private static final String HEADING = "h1, h2, h3, h4, h5, h6";
    /** What a bar does not hold: a {@code <div>} of these is content that happens to link. */
    private static final String BLOCKS = "p, pre, ul, ol, dl, code, " + HEADING;

    private SiteFrame() {
    }

    /**
     * Removes the site's name as a heading, bars of links, and menus and tables of contents set beside the text.
     *
     * @param siteName what the page's {@code <title>} says after the page's own name ("Django 3.2.25
     *                 documentation" in "Sending email — Django 3.2.25 documentation"), empty if nothing
     */
    static void removeFrom(Element content, String siteName) {
        removeSiteName(content, siteName);
        removeLinkBars(content);
        removeMenusBeforeFirstHeading(content);
    }

    /**
     * The site's name is taken for branding only before the page's own first heading: MkDocs' site is
     * called "MkDocs", and so is the section of its command-line page about the {@code mkdocs} command.
     * Before it, a paragraph that says the site's name is branding too: Apache's manual opens every
     * page with "Apache HTTP Server Version 2.4", the part of each {@code <title>} after the page's name.
     */
    private static void removeSiteName(Element content, String siteName) {
        for (Element paragraph : content.select(HEADING + ", p")) {
            if (paragraph.is(HEADING)) {
                break;
            }
            if (!siteName.isEmpty() && paragraph.text().strip().equalsIgnoreCase(siteName)) {
                paragraph.remove();
            }
        }
        boolean beforeThePage = true;
        for (Element heading : content.select("h1, h2, h3")) {
            boolean named = beforeThePage && !siteName.isEmpty() && heading.text().strip().equalsIgnoreCase(siteName);
            if (named || linksHome(heading)) {
                heading.remove();
            } else {
                beforeThePage = false;
            }
        }
    }

    private static void removeLinkBars(Element content) {
        for (Element block : content.select("div, p, table")) {
            if (block.closest("li, td, th, dd, dt") == null && isLinkBar(block)) {
                block.remove();
            }
        }
    }

    private static void removeMenusBeforeFirstHeading(Element content) {
        for (Element element : content.select(HEADING + ", ul, ol, div")) {
            if (element.is(HEADING)) {
                break;
            }
            if (element.parent() != null && isMenu(element)) {
                element.remove();
            }
        }
    }

    /**
     * A list, or a {@code <div>} of lists, of nothing but links, six or more, before the page's first
     * heading: the site's menu or the page's table of contents, as a theme sets them beside the text in
     * plain {@code <div>}s (Django REST framework's contents, Node.js's list of every module). Indexed,
     * they opened every page with the names of all its sections, or of every page. Under a heading,
     * such a list is an index the page gives ("Core Settings Topical Index > Email": the settings to
     * read about email), and stays.
     */
    private static boolean isMenu(Element block) {
        if (block.select("a[href]").size() < MIN_MENU_LINKS || block.selectFirst(HEADING) != null) {
            return false;
        }
        return textOutsideLinks(block).isBlank();
    }

    /** A heading that is one link to the site's front page, and nothing else. */
    private static boolean linksHome(Element heading) {
        var links = heading.select("a[href]");
        return links.size() == 1 && links.getFirst().text().strip().equals(heading.text().strip())
                && HOME.matcher(links.getFirst().attr("href").strip()).matches();
    }

    /**
     * Two links or more and between them nothing but separators, perhaps after a label ("Available
     * Languages: de | en | fr", the translations Apache's manual lists atop each page), in a paragraph, a {@code <div>} or a
     * table of one row (texi2html's "[ << ] [ >> ] [Top] [Contents] [Index]" above and below each page)
     * whose links are set apart by more than its cells: Doxygen lists a member as a row of two links,
     * its name and its type.
     */
    private static boolean isLinkBar(Element block) {
        if (block.select("a[href]").size() < MIN_BAR_LINKS || holdsContent(block)) {
            return false;
        }
        String between = textOutsideLinks(block);
        Matcher label = BAR_LABEL.matcher(between);
        boolean labelled = label.lookingAt() && !block.is("table") && block.text().startsWith(label.group().strip());
        String separators = labelled ? between.substring(label.end()) : between;
        return SEPARATORS_ONLY.matcher(separators).matches() && (!block.is("table") || !between.isBlank());
    }

    private static boolean holdsContent(Element block) {
        return switch (block.normalName()) {
            case "div" -> block.selectFirst(BLOCKS + ", table") != null;
            case "table" -> block.select("tr").size() > 1 || block.selectFirst(BLOCKS) != null;
            default -> false;
        };
    }

    private static String textOutsideLinks(Element element) {
        StringBuilder out = new StringBuilder();
        appendTextOutsideLinks(element, out);
        return out.toString();
    }

    private static void appendTextOutsideLinks(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof Element inner && !inner.is("a[href]")) {
                appendTextOutsideLinks(inner, out);
            }
        }
    }
}
