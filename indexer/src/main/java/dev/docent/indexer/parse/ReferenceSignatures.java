package dev.docent.indexer.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The names and signatures that API reference generators write as plain blocks - Doxygen's page name
 * in a {@code div} and its signatures in tables, Javadoc's class name under its package line, Haddock's
 * signatures as paragraphs - made the headings and code they are, before the page is read.
 */
final class ReferenceSignatures {

    /** Doxygen's signature of a member, set in a table of its return type, name and parameters, cell by cell. */
    private static final String DOXYGEN_SIGNATURE = "div.memproto > table.memname";
    /** Haddock's signature of a function or type, each documented below it: a heading of its own. */
    private static final String HADDOCK_SIGNATURE = "div.top > p.src:has(> a.def[id])";
    private static final String DOXYGEN_PAGE_NAME = "div.headertitle > div.title";
    /** Javadoc's header: the class's name ({@code h1} since JDK 9, {@code h2} before) and its package above it. */
    private static final String JAVADOC_PAGE_NAME = "div.header > h1.title, div.header > h2.title";
    private static final String JAVADOC_PACKAGE_LINE = "> div.sub-title, > div.subTitle";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ReferenceSignatures() {
    }

    static void normalize(Element main) {
        // Doxygen names a page in a div, not a heading: read as a paragraph, "Special Commands" opened the page.
        main.select(DOXYGEN_PAGE_NAME).tagName("h1");
        javadocPageName(main);
        haddockSignatures(main);
        doxygenSignatures(main);
    }

    /**
     * Haddock documents each function under its signature, a paragraph ({@code p.src}) anchored by the
     * name it defines: read as text, a group's forty functions were one section ("Basic functions"),
     * cited at the group. Each signature heads its documentation now, anchored where Haddock links it
     * ({@code #v:head}), one level below the group's heading, and a heading inside the documentation
     * ("Examples") one level below the signature: at its own level, {@code lookup} was read as a part
     * of {@code elem}'s examples.
     */
    private static void haddockSignatures(Element main) {
        int groupLevel = 1;
        for (Element element : main.select(HtmlSections.ANY_HEADING + ", " + HADDOCK_SIGNATURE)) {
            if (!HtmlSections.HEADINGS.contains(element.normalName())) {
                element.attr("id", element.selectFirst("> a.def[id]").id()).tagName("h" + Math.min(6, groupLevel + 1));
            } else if (element.closest("div.top") == null) {
                groupLevel = element.normalName().charAt(1) - '0';
            } else {
                element.tagName("h" + Math.min(6, groupLevel + 2));
            }
        }
    }

    /**
     * Doxygen writes a member's signature as a table, a cell for its return type and name, the
     * parenthesis, each parameter: read as a table, "SDL_Renderer * SDL_CreateRenderer | ( | SDL_Window *
     * | window, |" led the member's documentation. It is the signature's code now.
     */
    private static void doxygenSignatures(Element main) {
        for (Element table : main.select(DOXYGEN_SIGNATURE)) {
            String cells = String.join(" ", table.select("td").eachText());
            String signature = WHITESPACE.matcher(cells).replaceAll(" ").replace(" ( ", "(").replace(" )", ")").strip();
            table.replaceWith(new Element("pre").text(signature));
        }
    }

    /**
     * Javadoc names a class in its header, under the line of its package: read first, "Package
     * org.apache.commons.lang3" made "Class StringUtils" a section of a page titled by its {@code
     * <title>}, "StringUtils (Apache Commons Lang 3.12.0 API)". The package line now follows the name.
     */
    private static void javadocPageName(Element main) {
        for (Element name : main.select(JAVADOC_PAGE_NAME)) {
            name.tagName("h1");
            name.parent().select(JAVADOC_PACKAGE_LINE).forEach(name::after);
        }
    }
}
