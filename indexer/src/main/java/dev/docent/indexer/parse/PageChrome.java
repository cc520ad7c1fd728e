package dev.docent.indexer.parse;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * What a page carries besides its content: the site's navigation, headers and footers, and what each
 * generator writes around a page or an entry (its controls, cross-references, indexes and frames).
 * Removed before the content is read, so that no answer quotes it and no search matches it.
 */
final class PageChrome {

    /**
     * What rustdoc (docs.rs) lists under a type: every trait it implements, with each trait method's
     * documentation copied from the trait ("Returns a copy of the value. Read more"), then the auto
     * and blanket implementations ({@code impl<T> From<T> for T}). Over half of a struct's page, and
     * its copied sentences answered "How do I parse a TokenStream into a DeriveInput?" with
     * "Convert `self` directly into a `TokenStream` object."; each trait's own page says it once.
     */
    private static final String RUSTDOC_IMPLEMENTATIONS = "#trait-implementations, #trait-implementations-list, "
            + "#synthetic-implementations, #synthetic-implementations-list, #blanket-implementations, "
            + "#blanket-implementations-list";
    /**
     * rustdoc's controls: "source · [−]" beside an item's title (a link to its source listing and a
     * collapse toggle), "Expand description" over its documentation, and the "ⓘ Notable traits"
     * pop-up written into a method's signature.
     */
    private static final String RUSTDOC_CHROME = ".out-of-band, a.srclink, a.src, #toggle-all-docs, summary.hideme, "
            + ".notable-traits, .notable-traits-tooltip";
    /**
     * Javadoc's cross-references under a member: "Overrides: / Specified by: toString in class Object"
     * (a term with a label span up to JDK 11's doclet, a plain term in a notes list since), and the
     * "Description copied from interface:" label. A method documented only by its interface read
     * "Specified by: timeout in interface Connection.Request", and that line was quoted as an answer.
     */
    private static final String JAVADOC_CROSS_REFERENCES = "dt:has(> .overrideSpecifyLabel), dt:has(> .overrideSpecifyLabel) + dd, "
            + "dl.notes > dt:matchesOwn(^(Overrides|Specified by):$), dl.notes > dt:matchesOwn(^(Overrides|Specified by):$) + dd, "
            + ".descfrmTypeLabel";
    /**
     * pydata-sphinx-theme and sphinx-book-theme (NumPy, pandas, Dask and many more): the "Contents"
     * block beside the page ({@code .bd-toc}) and the "previous / next" links under it; Furo's
     * {@code .related-pages}. Left in, "Contents" stood before the page's heading, which then was a
     * section and not the page's title, and every page ended "previous FAQ next Best Practices".
     */
    private static final String SPHINX_THEME_NAVIGATION = ".bd-toc, .prev-next-area, a.left-prev, a.right-next, .related-pages";
    /**
     * A Sphinx toctree: the links to the pages below this one, and to their sections and entries.
     * SQLAlchemy's API overview pages hold a sentence and a toctree of 500 entries ("-
     * `InternalTraversal.dp_anon_name`"), whose names matched every question that named one, and
     * whose lines were quoted for "How do I log all SQL statements?". The pages it links say it all.
     */
    private static final String SPHINX_TOCTREE = "div.toctree-wrapper";
    /**
     * A footnote's reference mark in the text: docutils' "[1]", Python-Markdown's, Pandoc's, Hugo's,
     * kramdown's and GitHub's superscript "1". Quoted, Sphinx's "by default, all levels are included. [1]"
     * read as a citation of the answer's first source, then got that citation again.
     */
    private static final String FOOTNOTE_REFERENCES = "a.footnote-reference, a.footnote-ref, [role=doc-noteref], "
            + "a[data-footnote-ref], sup[id^=fnref]";
    /**
     * What Texinfo (a GNU manual's HTML: bash's, make's, gcc's) writes around each node: the bar of
     * links to the next, previous and parent nodes ("Next: Grouping Commands, Previous: Looping
     * Constructs, Up: Compound Commands [Contents][Index]", quoted as an answer's sentence), a node's
     * menu of its subsections, the manual's table of contents, and the "¶" mark after each definition
     * (which stood in headings: "mapfile ¶"); as texinfo 6 and 7 name them.
     */
    private static final String TEXINFO_NAVIGATION = "div.header:has(a[rel=next], a[rel=prev], a[rel=up]), div.nav-panel, "
            + "ul.section-toc, ul.mini-toc, div.Contents_element, div.element-contents, div.Overview_element, "
            + "div.element-shortcontents, a.copiable-anchor, a.copiable-link";
    /**
     * Haddock's frame around a Haskell module's page: the package's name and its "Source | Contents |
     * Index" links, the module's facts (copyright, licence, maintainer, stability), its table of
     * contents, the synopsis that lists every signature the page then documents, and the "Source" and
     * "#" links beside each signature (every page opened with "base-4.15.1.0: Basic libraries -
     * [Source] - [Contents] - [Index]" and the module's whole synopsis), each instance's details (the
     * class's methods again for every instance: 1,751 in the Prelude, quoted for "How do I convert a
     * String to an Int?"; the list of instances stays) and the labels of its toggles ("Expand", which
     * led a quote). Each is matched as Haddock
     * writes it: Sphinx's section "Table of contents" is {@code <section id="table-of-contents">}.
     */
    private static final String HADDOCK_CHROME = "div#package-header:has(> ul.links), div#table-of-contents:has(> #contents-list), "
            + "div#synopsis:has(> details), div#module-header > table.info, p.src > a.link, p.src > a.selflink, "
            + "details[id^=i:ic:], details[id^=i:id:], details[id^=i:if:], summary.hide-when-js-enabled";
    /**
     * Doxygen's frame around a file's or class's reference: the path and "Generated by doxygen" line
     * of the tree view ({@code div.navpath}) or the footer of the plain one, the links to the page's
     * parts above its name ("Data Fields", which then named the page), the "More..." after the
     * brief description, the "◆" mark before each
     * member's name, the include and call graphs ("Include dependency graph for SDL_render.h:"), the
     * "Definition at line 142 of file SDL_render.h." and "References ..." lines under every member,
     * the link to the source listing, and the summary tables that list every member the page then
     * documents (the file's whole API in the opening passage, as Haddock's synopsis was).
     */
    private static final String DOXYGEN_CHROME = "div.navpath, address.footer, div.header > div.summary, span.permalink, "
            + "a[href$=details]:containsOwn(More...), div.dynheader, div.dynsummary, div.dyncontent, p.definition, "
            + "p.reference, p:matchesOwn(^\\s*$):has(> a[href*=_source.htm]), table.memberdecls";
    /**
     * A back-of-book index: every term the manual indexes, each with links to the sections about it -
     * DocBook's index page (PostgreSQL's {@code bookindex.html}), Texinfo's concept and function
     * indexes and their "Jump to:" letter bars (a GNU manual's last chapters), Sphinx's general index
     * in a single-page build. Indexed, it matched every question that used an indexed term, and answers
     * quoted its entries ("compatibility, Upgrading a PostgreSQL Cluster") and listed "Index" among the
     * pages to read; the sections it links to say the same with their words.
     */
    private static final String BACK_OF_BOOK_INDEX = "div.indexdiv, p.indexdiv-quicklinks, table[class^=index-], "
            + "table[class$=-entries-printindex], table[class$=-letters-header-printindex], "
            + "table[class$=-letters-footer-printindex], table:has(a.summary-letter), table.indextable, table.genindextable, "
            + "div.genindex-jumpbox";
    /**
     * What a site marks as not for its own search: SQLite's {@code nosearch} around its logo, tagline,
     * menu and the banner that names the page again on every page (each page opened "Small. Fast.
     * Reliable. Choose any three. - About - Documentation - Download"), Pagefind's, Material for
     * MkDocs' and Elastic's crawler's exclusions.
     */
    private static final String KEPT_OUT_OF_SEARCH = ".nosearch, [data-pagefind-ignore], [data-search-exclude], [data-elastic-exclude]";
    /**
     * The trail of pages above this one: TypeDoc's, Bootstrap's and most themes' outside a {@code <nav>}.
     * Read before the page's name, it took the place of the page's first words: TypeDoc's "Option"
     * trail made "Class Option" a section heading, not the page's name.
     */
    private static final String BREADCRUMBS = "[aria-label~=(?i)^breadcrumbs?$], ul.breadcrumb, ol.breadcrumb, "
            + "ul.breadcrumbs, ol.breadcrumbs, .tsd-breadcrumb";
    /**
     * Page chrome, the permalink marks generators put after headings and signatures (Sphinx's and
     * MkDocs' "¶"; any other heading's mark goes by {@link PermalinkMarks}), Sphinx's links between a
     * signature and its source listing ("[source]", "[docs]"), DocBook's "Prev | Up | Next" tables and
     * the tables of contents DocBook and Asciidoctor write into a page, a theme's {@code #sidebar}
     * (Django's holds a "Last update:" heading outside its navigation), Doxygen's project banner
     * ({@code #titlearea}: the project's name and logo atop every page), Bootstrap's {@code .navbar}
     * (themes built on it write their menus in a plain {@code <div>}), the page navigation of Sphinx's
     * most used themes outside a {@code <nav>} (above), rustdoc's implementation lists and controls,
     * Javadoc's cross-references, footnote marks, Texinfo's node navigation, back-of-book indexes,
     * Haddock's, Doxygen's and TypeDoc's frames, breadcrumbs and what the site keeps out of its own
     * search (above). Selected
     * in parts: jsoup reads a selector of at most 2,048 characters, and a longer one fails to parse.
     */
    private static final List<String> CHROME = List.of("nav, header, footer, aside, script, style, noscript, template, form, "
            + "button, svg, iframe, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden], "
            + ".navheader, .navfooter, div.toc, #sidebar, #titlearea, .navbar, " + SPHINX_THEME_NAVIGATION + ", " + SPHINX_TOCTREE + ", "
            + "a.headerlink, a.hash-link, a.anchor-link, a:has(> .viewcode-link), .viewcode-link, .viewcode-back, "
            + FOOTNOTE_REFERENCES + ", " + KEPT_OUT_OF_SEARCH,
            RUSTDOC_IMPLEMENTATIONS + ", " + RUSTDOC_CHROME + ", " + JAVADOC_CROSS_REFERENCES + ", " + TEXINFO_NAVIGATION,
            BACK_OF_BOOK_INDEX + ", " + HADDOCK_CHROME + ", " + DOXYGEN_CHROME + ", " + TypeDocMembers.CHROME + ", " + BREADCRUMBS);

    private PageChrome() {
    }

    static void removeFrom(Element content) {
        keepTitleBlocks(content);
        CHROME.forEach(selector -> content.select(selector).remove());
    }

    /**
     * A {@code <header>} inside the page's main content or article that holds the page's {@code <h1>} is
     * the page's title block, not the site's header: Quarto's {@code #title-block-header}, an HTML5
     * article's {@code <header><h1>}. Its heading stays, and names the page; removed with the header,
     * the page was named by its {@code <title>}, the site's name and all ("Shiny Modules – Shiny for Python").
     */
    private static void keepTitleBlocks(Element content) {
        if (!content.is("main, [role=main], article")) {
            return;
        }
        for (Element header : content.select("header:has(h1)")) {
            if (header.select("h1").size() == 1 && header.selectFirst("nav, [role=navigation]") == null) {
                header.replaceWith(header.selectFirst("h1"));
            }
        }
    }
}
