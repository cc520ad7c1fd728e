package dev.docent.indexer.parse;

import org.jsoup.nodes.Element;

/**
 * Headings that title a part of something smaller than a section, read as its label: a paragraph
 * in bold. A heading inside a block quote titles the quote ("> ## Note" in pino's API page), and
 * cannot hold what follows the quote: read as a section, "Note" held the rest of the page's API
 * entries, cited "API > Note > logger.isLevelEnabled(level)". In Markdown such a heading is the
 * quote's first line, without its marks.
 */
final class HeadingLabels {

    private static final String QUOTED = "blockquote h1, blockquote h2, blockquote h3, blockquote h4, blockquote h5, "
            + "blockquote h6";

    private HeadingLabels() {
    }

    static void ofQuotes(Element main) {
        main.select(QUOTED).forEach(HeadingLabels::asLabel);
    }

    static void asLabel(Element heading) {
        Element label = new Element("strong");
        heading.childNodesCopy().forEach(label::appendChild);
        heading.tagName("p").clearAttributes().empty().appendChild(label);
    }
}
