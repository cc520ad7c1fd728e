package dev.docent.indexer.parse;

import dev.docent.core.index.InlineCode;
import dev.docent.indexer.parse.markup.SiteMarkup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page's main content with jsoup: the {@code <main>} (or {@code role=main}, or
 * {@code <article>}) element, else the body, without navigation, headers, footers, sidebars,
 * scripts and forms. Headings open sections (their {@code id} is the anchor when they have one), and
 * so does each signature of a list that describes named things ({@code <dt id>}: Sphinx's functions,
 * options and settings); paragraphs, lists, code ({@code <pre>}) and tables become light Markdown blocks.
 * A block quote is read as what it holds, as the Markdown reading drops a quote's markers: SQLite's
 * pages set every example in {@code <blockquote><pre>}, and read as one quoted line, "> PRAGMA
 * journal_mode=WAL;" was no code block for the sentence before it to announce.
 */
public final class HtmlParser implements DocumentParser {

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
    /** Doxygen's signature of a member, set in a table of its return type, name and parameters, cell by cell. */
    private static final String DOXYGEN_SIGNATURE = "div.memproto > table.memname";
    private static final int MAX_LABEL_WORDS = 4;
    /**
     * How a question opens, after its number, when it has no question mark: "(7) How do I list all
     * tables", and ends in a word: Erlang's "When defining your own opaques, here are some
     * recommendations:" leads a list. Not "do", "is" or "can": Erlang's guides set "DO NOT" in bold
     * over each bad example.
     */
    private static final Pattern QUESTION_OPENING = Pattern.compile(
            "(?:\\(?\\d{1,3}[.)]\\s*)?(?:how|what|why|when|where|which|who)\\s+\\S+\\s+\\S", Pattern.CASE_INSENSITIVE);
    /** Haddock's signature of a function or type, each documented below it: a heading of its own. */
    private static final String HADDOCK_SIGNATURE = "div.top > p.src:has(> a.def[id])";
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
            + ".navheader, .navfooter, div.toc, #sidebar, #titlearea, .navbar, " + SPHINX_THEME_NAVIGATION + ", "
            + "a.headerlink, a.hash-link, a.anchor-link, a:has(> .viewcode-link), .viewcode-link, .viewcode-back, "
            + FOOTNOTE_REFERENCES + ", " + KEPT_OUT_OF_SEARCH,
            RUSTDOC_IMPLEMENTATIONS + ", " + RUSTDOC_CHROME + ", " + JAVADOC_CROSS_REFERENCES + ", " + TEXINFO_NAVIGATION,
            BACK_OF_BOOK_INDEX + ", " + HADDOCK_CHROME + ", " + DOXYGEN_CHROME + ", " + TypeDocMembers.CHROME + ", " + BREADCRUMBS);
    private static final String DOXYGEN_PAGE_NAME = "div.headertitle > div.title";
    /** Javadoc's header: the class's name ({@code h1} since JDK 9, {@code h2} before) and its package above it. */
    private static final String JAVADOC_PAGE_NAME = "div.header > h1.title, div.header > h2.title";
    private static final String JAVADOC_PACKAGE_LINE = "> div.sub-title, > div.subTitle";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final String ANY_HEADING = "h1, h2, h3, h4, h5, h6";
    /** An anchor that only marks a place: {@code <a name="x"></a>}, {@code <a id="text()"></a>}. */
    private static final String EMPTY_ANCHOR = "a[id]:not([href]), a[name]:not([href])";
    private static final Set<String> INLINE_CODE = Set.of("code", "tt", "kbd", "samp");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * A callout box as generators write it - Sphinx and MkDocs ({@code div.admonition}), DocBook
     * ({@code div.note}, {@code div.tip} ...), GitHub ({@code div.markdown-alert}), Asciidoctor
     * ({@code div.admonitionblock}, a table of icon and text) - and the label inside it.
     */
    private static final String ADMONITION = "div.admonition, div.note, div.tip, div.warning, div.caution, div.important, "
            + "div.markdown-alert, div.admonitionblock";
    private static final String ADMONITION_LABEL = "> .admonition-title, > .title, > .markdown-alert-title, "
            + "> .admonition-heading, td.icon";
    private static final String CONTENT_BLOCKS = ANY_HEADING + ", p, pre, ul, ol, dl, table, blockquote";
    /** Sphinx closes a field list's term with a colon ("Parameters:"); the term leads with one of its own. */
    private static final Pattern CLOSING_COLON = Pattern.compile("\\s*:$");
    /** A list, as {@code Walk} writes it: the terms of a description are not its first item. */
    private static final Pattern NOT_A_SENTENCE = Pattern.compile("- |\\d+\\. ");
    /** What may stand beside a list item's one link: spaces and punctuation. */
    private static final Pattern AROUND_A_LINK = Pattern.compile("[\\s\\p{Z}\\p{P}]*");
    /** Spaces of any kind, no-break ones included: DocBook's titles read "26.1.&nbsp;SQL Dump". */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** How a signature ends where a title would end in a word: with its code, or its parameters' parenthesis. */
    private static final String ENDS_A_SIGNATURE = "`)";
    /** What follows a page's name in its {@code <title>}: " — Flask Documentation (2.2.x)", " | Formwell Docs". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[—–|·-]\\s.*");
    /** The number of a page's first numbered section: "1. Overview". */
    private static final Pattern FIRST_SECTION_NUMBER = Pattern.compile("1\\.\\s.*");

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        // A Jekyll or Hugo page written in HTML, or the Go website's, opens with its front matter: read as
        // text, "--- layout: docs title: Installing the CLI ---" opened the page, titled by its file name.
        FrontMatter front = FrontMatter.opens(content) ? FrontMatter.split(Utf8Text.decode(content)) : null;
        Document page;
        try {
            // Only a page written for a generator carries template markup; a published page has none left,
            // and its own <meta charset> decides how it is read (null charset), UTF-8 otherwise.
            page = front != null ? Jsoup.parse(SiteMarkup.templatesRemovedFrom(front.body()))
                    : Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot be read as HTML: " + e.getMessage());
        }
        String frontTitle = front == null ? null : front.title();
        String pageTitle = page.title().isBlank() && frontTitle != null ? frontTitle : page.title();
        Element main = page.selectFirst("main, [role=main]");
        if (main == null) {
            main = theArticle(page).orElse(page.body());
        }
        removeLabelsOfPictures(main);
        removeChrome(main);
        SourceListings.removeFrom(main);
        CodeListings.numbersRemovedFrom(main);
        UnrenderedRoles.removeFrom(main);
        SiteFrame.removeFrom(main, siteName(page.title()));
        PermalinkMarks.removeFrom(main);
        // Doxygen names a page in a div, not a heading: read as a paragraph, "Special Commands" opened the page.
        main.select(DOXYGEN_PAGE_NAME).tagName("h1");
        javadocPageName(main);
        haddockSignatures(main);
        doxygenSignatures(main);
        TypeDocMembers.normalize(main);
        ApiEntryParts.labelled(main);
        HeadingLabels.ofQuotes(main);

        Walk walk = new Walk(main, pageTitle, true);
        walk.children(main);
        String title = frontTitle != null ? frontTitle : walk.title != null ? walk.title
                : nameAboveTheArticle(page, main).orElse(page.title().isBlank() ? fallbackTitle : page.title().strip());
        Element canonical = page.selectFirst("link[rel=canonical][href^=http]");
        String url = canonical != null ? canonical.attr("href") : front == null ? null : front.url();
        return new ParsedDocument(title, url, front == null ? null : front.description(), walk.sections.sections());
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
        for (Element element : main.select(ANY_HEADING + ", " + HADDOCK_SIGNATURE)) {
            if (!HEADINGS.contains(element.normalName())) {
                element.attr("id", element.selectFirst("> a.def[id]").id()).tagName("h" + Math.min(6, groupLevel + 1));
            } else if (element.closest("div.top") == null) {
                groupLevel = element.normalName().charAt(1) - '0';
            } else {
                element.tagName("h" + Math.min(6, groupLevel + 2));
            }
        }
    }

    private static void removeChrome(Element content) {
        CHROME.forEach(selector -> content.select(selector).remove());
    }

    /**
     * A paragraph that only labels the picture after it ("upsert-clause:" over each of SQLite's syntax
     * diagrams, "Figure 2:") says nothing once the picture, which is not read, is gone: a section of
     * twenty such labels stood before SQLite's description of each statement, and "vacuum-stmt:" was
     * quoted as what VACUUM does.
     */
    private static void removeLabelsOfPictures(Element main) {
        for (Element label : main.select("p")) {
            Element next = label.nextElementSibling();
            if (next != null && isPicture(next) && isLabel(label)) {
                label.remove();
            }
        }
    }

    /** An image or a drawing and no text beside it; a drawing's own text (a diagram's words) is not read. */
    private static boolean isPicture(Element element) {
        if (element.selectFirst("svg, img") == null) {
            return false;
        }
        Element rest = element.clone();
        rest.select("svg").remove();
        return rest.text().isBlank();
    }

    /** A few words closed by a colon, beside the page's controls (SQLite's "hide" button). */
    private static boolean isLabel(Element paragraph) {
        Element words = paragraph.clone();
        words.select("button").remove();
        String text = words.text().strip();
        return text.endsWith(":") && words(text).size() <= MAX_LABEL_WORDS;
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
     * The page's one article, when it has one: a page that sets each of its entries in an article of
     * its own is all of them (Erlang's reference sets each function in one, and "lists" was read as
     * its first function, {@code all/2}, alone). An article inside another is part of it.
     */
    private static Optional<Element> theArticle(Document page) {
        List<Element> outermost = page.select("article").stream()
                .filter(article -> article.parents().stream().noneMatch(parent -> parent.is("article"))).toList();
        return outermost.size() == 1 ? Optional.of(outermost.getFirst()) : Optional.empty();
    }

    /**
     * The page's one heading of the first level, when it stands above the article read as the page:
     * JSDoc names each page ("Module: Utils") just before its article, and pages were titled by their
     * {@code <title>}, "JSDoc: Module: Utils".
     */
    private static Optional<String> nameAboveTheArticle(Document page, Element main) {
        if (!main.is("article") || main.selectFirst("h1") != null) {
            return Optional.empty();
        }
        Elements names = page.select("h1");
        return names.size() == 1 && names.getFirst().parents().stream().noneMatch(parent -> parent.is("nav, header, aside"))
                ? Optional.of(names.getFirst().text().strip()).filter(name -> !name.isEmpty())
                : Optional.empty();
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

    private static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).toList();
    }

    /** The page's own name as its {@code <title>} gives it, without the site's suffix, spaces made plain. */
    private static String pageName(String title) {
        return SPACES.matcher(TITLE_SUFFIX.matcher(title.strip()).replaceFirst("")).replaceAll(" ");
    }

    /**
     * What a {@code <title>} says after the page's own name: "Django 3.2.25 documentation". Nothing
     * when that is the page's own name again: a site's front page is named as the site is ("pino |
     * Pino"), and its heading is the page's name, not the site's branding.
     */
    private static String siteName(String title) {
        Matcher suffix = TITLE_SUFFIX.matcher(title.strip());
        String site = suffix.find() ? SPACES.matcher(suffix.group().strip().substring(1)).replaceAll(" ").strip() : "";
        return site.equalsIgnoreCase(pageName(title)) ? "" : site;
    }

    /**
     * The blocks of an HTML fragment written into a Markdown page - an HTML table, a {@code <div>} of
     * paragraphs - read as a page's content is: text, lists, code and tables without their tags.
     * Empty when the fragment holds a heading, which only the page's own reading can place; a
     * question in bold stays its text.
     */
    static List<TextBlock> blocksOf(String fragment) {
        Element body = Jsoup.parseBodyFragment(fragment).body();
        if (body.selectFirst(ANY_HEADING) != null) {
            return List.of();
        }
        removeChrome(body);
        Walk walk = new Walk(body, "", false);
        walk.children(body);
        walk.flushLoose();
        return walk.sections.sections().stream().flatMap(section -> section.blocks().stream()).toList();
    }

    /** One pass over the content in reading order. */
    private static final class Walk {
        final SectionBuilder sections = new SectionBuilder();
        final StringBuilder loose = new StringBuilder();
        final Element content;
        /** The page's name as its {@code <title>} gives it, without the site's suffix; empty if none. */
        final String pageName;
        final List<String> pageNameWords;
        /** The words of the page's {@code <title>}, the site's name included. */
        final Set<String> titleWords;
        String title;
        /** A definition list's terms, waiting to lead the first block of their description. */
        String lead;
        /** The level of the last heading that opened a section; a question set in bold opens one below it. */
        int headingLevel;
        /** A page, not a fragment written into a Markdown page, whose sections the page's own reading places. */
        final boolean wholePage;

        Walk(Element content, String pageTitle, boolean wholePage) {
            this.content = content;
            this.wholePage = wholePage;
            this.pageName = pageName(pageTitle);
            this.pageNameWords = words(pageName);
            this.titleWords = Set.copyOf(words(pageTitle));
        }

        void children(Element parent) {
            for (Node child : parent.childNodes()) {
                if (child instanceof TextNode text) {
                    loose.append(text.text());
                } else if (child instanceof Element element) {
                    element(element);
                }
            }
        }

        void element(Element element) {
            if (element.is(ADMONITION) && admonition(element) || element.is("details") && disclosure(element)) {
                return;
            }
            String tag = element.normalName();
            if (HEADINGS.contains(tag)) {
                flushLoose();
                String text = inline(element);
                if (text.isEmpty()) {
                    return;
                }
                boolean namesThePage = sections.depth() == 0 && namesThePage(element.text());
                if (title == null && (sections.isEmpty() && tag.equals("h1") && !opensTheSections(element) || namesThePage)) {
                    title = text;
                    headingLevel = tag.charAt(1) - '0';
                } else if (title != null && sections.isEmpty() && words(text).equals(words(title))) {
                    // The name again, with nothing before it: Erlang's reference names a module in its
                    // top bar and again above its text, and "lists > lists" headed every passage.
                    return;
                } else {
                    headingLevel = levelInItsArticle(element, tag.charAt(1) - '0');
                    sections.heading(headingLevel, text, anchorOf(element));
                }
                return;
            }
            if (wholePage && tag.equals("p") && asksInBold(element)) {
                flushLoose();
                emitLead();
                sections.heading(Math.min(6, headingLevel + 1), inline(element), anchorOf(element));
                return;
            }
            switch (tag) {
                case "dl" -> descriptions(element);
                case "p", "figcaption" -> block(inline(element), TextBlock.Kind.PROSE);
                case "ul", "ol" -> {
                    if (element.selectFirst(ANY_HEADING) != null) {
                        // Javadoc sets each member's heading and documentation in a list item of its own:
                        // a list that holds headings is the page's layout, not a list to quote.
                        flushLoose();
                        children(element);
                        flushLoose();
                    } else if (!isPageContents(element)) {
                        block(list(element), TextBlock.Kind.PROSE);
                    }
                }
                case "pre" -> block("```\n" + element.wholeText().stripTrailing() + "\n```", TextBlock.Kind.CODE);
                case "table" -> block(table(element), TextBlock.Kind.TABLE);
                case "br" -> loose.append('\n');
                default -> {
                    if (element.isBlock() || holdsBlocks(element)) {
                        flushLoose();
                        children(element);
                        flushLoose();
                    } else {
                        appendLoose(element);
                    }
                }
            }
        }

        /**
         * A heading's level, under the heading of the article it is in: a heading that outranks the
         * article's own is a part of it. Erlang's reference heads each function's article with an
         * {@code h4} and its types with an {@code h3} inside it, and every function's text stood under
         * "Types", its name gone from the path.
         */
        private static int levelInItsArticle(Element heading, int level) {
            Element article = heading.closest("article");
            Element first = article == null ? null : article.selectFirst(ANY_HEADING);
            if (first == null || first == heading) {
                return level;
            }
            int articleLevel = first.normalName().charAt(1) - '0';
            return level < articleLevel ? articleLevel + 1 : level;
        }

        /**
         * A callout is prose led by its label ("Note: Run it often."), as AsciiDoc's are read, and stays
         * in the section around it: DocBook titles its callouts with headings, and read as one, "Tip"
         * was a section of its own that also took every paragraph after the callout, up to the next
         * heading. A callout titled by a question (Sphinx's "How do I generate PDF documents?") is a
         * section of its own, headed by it, as a disclosure's question is. False when the box has no label.
         */
        private boolean admonition(Element box) {
            Element label = box.selectFirst(ADMONITION_LABEL);
            if (label == null) {
                return false;
            }
            String name = CLOSING_COLON.matcher(label.text().strip()).replaceFirst("");
            if (name.isEmpty()) {
                Element icon = label.selectFirst("[title]");
                name = icon == null ? "" : icon.attr("title").strip();
            }
            label.remove();
            Element asciidoctorBody = box.is(".admonitionblock") ? box.selectFirst("td.content") : null;
            Element body = asciidoctorBody != null ? asciidoctorBody : box;
            if (name.endsWith("?")) {
                flushLoose();
                emitLead();
                section(name, box.id().isEmpty() ? sections.anchor() : box.id(), body);
            } else {
                ledBy(name.isEmpty() ? null : name, body);
            }
            return true;
        }

        /** Reads {@code body} with {@code label} leading its first sentence (or standing alone before its code or list). */
        private void ledBy(String label, Element body) {
            flushLoose();
            emitLead();
            lead = label;
            children(body);
            flushLoose();
            emitLead();
        }

        /**
         * A disclosure ({@code <details><summary>}) whose summary asks a question is a section of its own,
         * headed by it and linked to the section around it, as a FAQ's questions in a definition list
         * are; any other summary leads what it discloses. False when the summary holds a heading
         * (rustdoc folds each method's signature heading and documentation that way).
         */
        private boolean disclosure(Element details) {
            Element summary = details.selectFirst("> summary");
            if (summary == null || summary.selectFirst(ANY_HEADING) != null) {
                return false;
            }
            String text = inline(summary);
            summary.remove();
            flushLoose();
            emitLead();
            if (text.endsWith("?")) {
                section(text, details.id().isEmpty() ? sections.anchor() : details.id(), details);
            } else {
                lead = text.isEmpty() ? null : CLOSING_COLON.matcher(text).replaceFirst("");
                children(details);
                flushLoose();
                // A summary of nothing left to read (Node.js's "Table of contents", whose list is a menu) says nothing.
                lead = null;
            }
            return true;
        }

        /**
         * Whether an inline element holds headings, paragraphs or code: an unescaped placeholder in
         * hand-written HTML ("languageid=<language-id>" on SQLite's FTS page) opens an element the
         * parser never closes, and the rest of the page - a dozen sections - would otherwise be read
         * as one run of inline text under the heading before it.
         */
        private static boolean holdsBlocks(Element element) {
            return !element.select(CONTENT_BLOCKS).isEmpty();
        }

        /**
         * Whether a heading before any other is the page's own name, as the {@code <title>} gives it:
         * DocBook opens a page with it at the level the chapter has ("25.1. Routine Vacuuming" in an
         * h2), and as a section it would stand before every heading of the page. Text before it does
         * not make it a section: Celery's theme sets a version banner ("This document describes the
         * current stable version of Celery (5.2).") above every page's heading. Its words are compared,
         * not its code marks, case or hyphens: PostgreSQL's "37.51. `sql_sizing`" is the page titled
         * "37.51. sql_sizing". A heading that opens the page is its name when the {@code <title>} holds
         * all its words: mdBook titles a section's page "Installing Binaries from Crates.io with cargo
         * install - The Rust Programming Language" over its heading "Installing Binaries with `cargo
         * install`", and that page was titled by its {@code <title>}, site's name and all.
         */
        private boolean namesThePage(String heading) {
            if (pageName.isEmpty()) {
                return false;
            }
            List<String> words = words(heading);
            return words.equals(pageNameWords) || sections.isEmpty() && words.size() > 1 && titleWords.containsAll(words);
        }

        /**
         * A first-level heading that the {@code <title>} does not name opens the page's sections when it
         * is numbered 1 or other first-level headings follow it (not empty, nor the same name again as
         * Erlang's top bar writes it): SQLite's pages name themselves in a banner kept out of its search
         * and head their sections with {@code <h1>}, and "ALTER TABLE" was titled "1. Overview".
         */
        private boolean opensTheSections(Element heading) {
            if (pageName.isEmpty()) {
                return false;
            }
            List<String> words = words(heading.text());
            return FIRST_SECTION_NUMBER.matcher(inline(heading)).matches() || content.select(heading.normalName()).stream()
                    .map(other -> words(other.text())).anyMatch(other -> !other.isEmpty() && !other.equals(words));
        }

        /**
         * The heading's id, else that of an empty {@code <a name>} inside it, else that of the element it
         * heads - the innermost around it whose first heading it is: DocBook's {@code <div class="sect2"
         * id="VACUUM-BASICS">} and HTML5's {@code <section id>} carry the id a link to the section uses -
         * or of an empty {@code <a id>} right before that element, as Javadoc writes {@code <a
         * id="text()"></a>} before the list item that holds a method's heading. A question set in bold
         * heads a section as a heading does, and is anchored the same way (SQLite's {@code <a name="q1">}).
         */
        private String anchorOf(Element heading) {
            if (!heading.id().isEmpty()) {
                return heading.id();
            }
            Element named = heading.selectFirst(EMPTY_ANCHOR);
            if (named != null) {
                return anchorName(named);
            }
            for (Element block = heading; block != null && block != content; block = block.parent()) {
                if (block != heading && block.selectFirst(ANY_HEADING) != heading) {
                    break;
                }
                if (block != heading && !block.id().isEmpty()) {
                    return block.id();
                }
                Element before = block.previousElementSibling();
                if (before != null && before.is(EMPTY_ANCHOR) && before.text().isBlank()) {
                    return anchorName(before);
                }
            }
            return "";
        }

        /**
         * Six or more links to places in the page, and nothing else, under the page's name and before
         * its first section: its table of contents. SQLite's FAQ lists its 28 questions so, and the
         * list of questions would be quoted for any of them; under a heading of its own, such a list
         * is an index the page gives, and stays.
         */
        private boolean isPageContents(Element list) {
            Elements items = list.select("> li");
            return title != null && sections.depth() == 0 && items.size() >= NavigationLists.MIN_CONTENTS_ITEMS
                    && items.stream().allMatch(Walk::isOneLinkWithinThePage);
        }

        private static boolean isOneLinkWithinThePage(Element item) {
            Elements links = item.select("a[href]");
            return links.size() == 1 && links.getFirst().attr("href").startsWith("#")
                    && links.getFirst().text().strip().equals(item.text().strip());
        }

        /**
         * A paragraph that is a question set in bold, and nothing else, heads the answer that follows
         * it, as a hand-written FAQ sets its entries: SQLite's 28 questions ("(1) How do I create an
         * AUTOINCREMENT field?" and its answer in a block quote) were one section of 25,000 characters,
         * and "How do I make an auto-incrementing primary key?" was refused. A question may lack its
         * question mark ("(7) How do I list all tables/indices contained in an SQLite database").
         */
        private static boolean asksInBold(Element paragraph) {
            String text = paragraph.text().strip();
            boolean unmarkedQuestion = QUESTION_OPENING.matcher(text).lookingAt()
                    && Character.isLetterOrDigit(text.charAt(text.length() - 1));
            return (text.endsWith("?") || unmarkedQuestion)
                    && paragraph.select("> b, > strong").stream().anyMatch(bold -> bold.text().strip().equals(text));
        }

        private static String anchorName(Element anchor) {
            return anchor.id().isEmpty() ? anchor.attr("name") : anchor.id();
        }

        /**
         * Sphinx (and Javadoc-like generators) write each function, option or setting as a {@code <dt id>}
         * signature and a {@code <dd>} description: a section of its own, anchored at the id, whose
         * paragraphs and code stay blocks; what follows the list is the enclosing section's again. A
         * term without an id (a man page's options, "-u, --include-untracked") leads the first
         * sentence of its description ("-u, --include-untracked: When used with ..."), and the
         * description's code and lists stay blocks: read as one paragraph, a list of options ran
         * together into one sentence with its examples. A term that asks a question opens a section
         * too, and so do a command's options ("-u, --include-untracked"): a man page's OPTIONS are its
         * reference, and "what does --force-with-lease do?" is answered from the option's own section.
         */
        void descriptions(Element list) {
            List<String> terms = new ArrayList<>();
            Set<Element> read = new HashSet<>();
            for (Element child : list.children()) {
                if (read.contains(child)) {
                    continue;
                }
                if (child.normalName().equals("dt") && opensSection(child)) {
                    flushLoose();
                    boolean signature = !child.id().isEmpty();
                    Element description = descriptionOf(child, signature, read);
                    section(signature ? child.text().strip() : inline(child), anchorOf(child, list), description);
                } else if (child.normalName().equals("dt")) {
                    String term = CLOSING_COLON.matcher(inline(child)).replaceFirst("");
                    if (!term.isEmpty()) {
                        terms.add(term);
                    }
                } else if (child.normalName().equals("dd")) {
                    flushLoose();
                    emitLead();
                    if (!terms.isEmpty() && terms.getFirst().startsWith("-")) {
                        // The page gives an option no anchor of its own: its citation links to the enclosing section.
                        section(String.join(", ", terms), sections.anchor(), child);
                    } else {
                        ledBy(terms.isEmpty() ? null : String.join(", ", terms), child);
                    }
                    terms.clear();
                }
            }
            if (!terms.isEmpty()) {
                block(String.join(", ", terms), TextBlock.Kind.PROSE);
            }
        }

        /**
         * The description a term that opens a section has, if any, marked {@code read} with the terms
         * before it: an overloaded function's other signatures (Sphinx writes them as more terms without
         * an id) share the first one's description.
         */
        private static Element descriptionOf(Element term, boolean signature, Set<Element> read) {
            Element next = term.nextElementSibling();
            while (signature && next != null && next.normalName().equals("dt") && next.id().isEmpty()) {
                read.add(next);
                next = next.nextElementSibling();
            }
            if (next == null || !next.normalName().equals("dd")) {
                return null;
            }
            read.add(next);
            return next;
        }

        /** A section one level below the current one, holding the description's blocks (if there is one). */
        private void section(String heading, String anchor, Element description) {
            int level = sections.depth() + 1;
            sections.heading(level, heading, anchor);
            if (description != null) {
                children(description);
                flushLoose();
            }
            sections.leave(level);
        }

        /**
         * A signature with its own anchor, or a question: a FAQ written as a definition list
         * ("I've made a mistake in the last commit. How do I change it?") has an entry per question,
         * and a question read as the first words of its answer was quoted as if it answered.
         */
        private static boolean opensSection(Element term) {
            return term.normalName().equals("dt") && (!term.id().isEmpty() || term.text().strip().endsWith("?"));
        }

        /** The term's id, else that of a list that holds this one term (or of the block around it), else none. */
        private static String anchorOf(Element term, Element list) {
            if (!term.id().isEmpty()) {
                return term.id();
            }
            if (list.select("> dt").size() == 1) {
                return !list.id().isEmpty() ? list.id() : list.parent() == null ? null : list.parent().id();
            }
            return null;
        }

        void block(String text, TextBlock.Kind kind) {
            flushLoose();
            emit(text, kind);
        }

        void flushLoose() {
            String text = loose.toString().strip();
            loose.setLength(0);
            if (!text.isEmpty()) {
                emit(text, TextBlock.Kind.PROSE);
            }
        }

        /** A block, led by the terms it describes when it is the first of their description and a sentence. */
        private void emit(String text, TextBlock.Kind kind) {
            if (lead != null && kind == TextBlock.Kind.PROSE && !NOT_A_SENTENCE.matcher(text).lookingAt()) {
                text = lead + ": " + text;
                lead = null;
            }
            emitLead();
            sections.block(text, kind);
        }

        /** The terms alone, ending in a colon, when their description opens with code or a list. */
        private void emitLead() {
            if (lead != null) {
                String terms = lead;
                lead = null;
                sections.block(terms + ":", TextBlock.Kind.PROSE);
            }
        }

        /**
         * An element's text with its inline code in backticks, as Markdown writes it: an answer quoting
         * "run `git add .gitignore`" shows the command as code, and the name is searched as a name.
         * Adjacent code elements are one span (Sphinx writes {@code pytest.} and {@code fail} apart).
         */
        private static String inline(Element element) {
            InlineText out = new InlineText();
            appendInline(element, out);
            return WHITESPACE.matcher(out.written()).replaceAll(" ").strip();
        }

        /**
         * Inline markup outside a paragraph, as a paragraph would hold it: the space at its edges kept
         * (Javadoc's {@code <span>public class </span><span>StringUtils</span>} read "public
         * classStringUtils") and code marked as code (Javadoc's descriptions hold it bare in a {@code div}).
         */
        private void appendLoose(Element element) {
            InlineText out = new InlineText();
            appendInlineElement(element, out);
            String text = WHITESPACE.matcher(out.written()).replaceAll(" ");
            boolean spaced = loose.isEmpty() || Character.isWhitespace(loose.charAt(loose.length() - 1));
            loose.append(spaced ? text.stripLeading() : text);
        }

        private static void appendInline(Element element, InlineText out) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    out.text(text.getWholeText());
                } else if (child instanceof Element inner) {
                    appendInlineElement(inner, out);
                }
            }
        }

        private static void appendInlineElement(Element inner, InlineText out) {
            if (INLINE_CODE.contains(inner.normalName())) {
                String code = inner.text();
                if (!code.isBlank()) {
                    out.code(code);
                }
            } else if (inner.normalName().equals("br") || inner.isBlock()) {
                out.text(" ");
                appendInline(inner, out);
                if (isTitleOfWhatFollows(inner, out.written())) {
                    out.closeTitle();
                }
                out.text(" ");
            } else {
                appendInline(inner, out);
            }
        }

        /** Text as it is written, with the code of adjacent code elements held back until it is one span. */
        private static final class InlineText {

            private final StringBuilder written = new StringBuilder();
            private final StringBuilder code = new StringBuilder();

            void text(String text) {
                if (!text.isEmpty()) {
                    written().append(text);
                }
            }

            void code(String text) {
                code.append(text);
            }

            /**
             * Ends a title with a colon right after its last word: the spaces a page writes before a
             * paragraph's end tag had put it apart ("Function : Description").
             */
            void closeTitle() {
                StringBuilder text = written();
                text.setLength(text.toString().stripTrailing().length());
                text.append(':');
            }

            /** What is written so far, the code held back included. */
            StringBuilder written() {
                if (!code.isEmpty()) {
                    written.append(InlineCode.of(code.toString()));
                    code.setLength(0);
                }
                return written;
            }
        }

        /**
         * A paragraph without a stop that more text follows inside the same item or cell titles it:
         * SQLite's limits are list items of a bold "Maximum Database Size" paragraph and the paragraphs
         * that explain it, which read as one run-on "Maximum Database Size Every database consists ...".
         * So is a signature: PostgreSQL's function tables hold "`uuid_generate_v1` () → `uuid`" and the
         * paragraph that says what the function does in one cell.
         */
        private static boolean isTitleOfWhatFollows(Element paragraph, CharSequence written) {
            if (!paragraph.normalName().equals("p") || paragraph.text().isBlank()) {
                return false;
            }
            int last = written.length() - 1;
            while (last >= 0 && Character.isWhitespace(written.charAt(last))) {
                last--;
            }
            boolean endsWithoutStop = last >= 0
                    && (Character.isLetterOrDigit(written.charAt(last)) || ENDS_A_SIGNATURE.indexOf(written.charAt(last)) >= 0);
            Node next = paragraph.nextSibling();
            while (next instanceof TextNode text && text.isBlank()) {
                next = next.nextSibling();
            }
            return endsWithoutStop && next != null;
        }

        private static String list(Element list) {
            if (isLinksOnly(list)) {
                return linkLines(list);
            }
            boolean ordered = list.normalName().equals("ol");
            int n = firstNumber(list);
            StringBuilder out = new StringBuilder();
            for (Element item : list.children()) {
                if (item.normalName().equals("li")) {
                    out.append(ordered ? (n++) + ". " : "- ").append(inline(item)).append('\n');
                }
            }
            return out.toString();
        }

        /**
         * The number an ordered list starts at: Sphinx cuts a numbered list at each step's example into
         * lists of one item, the later ones {@code <ol start="2">}, and each step read "1.".
         */
        private static int firstNumber(Element list) {
            try {
                return list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /**
         * A list whose every item is one link and nothing else (Sphinx's toctree, a section's index of
         * its pages, a "See also") is written as Markdown writes it, a link per line, so that a section
         * holding nothing else reads as navigation ({@link NavigationLists}), as it does in a Markdown
         * page: as plain words, pytest's "How-to guides" index listed fourteen page titles and was
         * quoted and cited for "How do I write a plugin and publish it?" over the page on writing
         * plugins. An item of two links ("flaky - blog post") says something of its own, and stays, and
         * so does a list of links within the page under a heading: an index the page gives (Django's
         * "Core Settings Topical Index > Email" lists the settings to read about email).
         */
        private static boolean isLinksOnly(Element list) {
            Elements items = list.select("li");
            return !items.isEmpty() && items.stream().allMatch(Walk::isOneLink);
        }

        /**
         * An item that is one link to another page and punctuation, perhaps with a list of its own (a
         * toctree's subsections, which {@link #isLinksOnly} reads as items too).
         */
        private static boolean isOneLink(Element item) {
            Element ownList = item.selectFirst("ul, ol");
            Predicate<Element> outsideOwnList = element -> ownList == null
                    || element != ownList && !element.parents().contains(ownList);
            List<Element> links = item.select("a[href]").stream().filter(outsideOwnList).toList();
            if (links.size() != 1 || links.getFirst().attr("href").startsWith("#")) {
                return false;
            }
            return item.getAllElements().stream().filter(outsideOwnList)
                    .filter(element -> element.closest("a[href]") == null)
                    .allMatch(element -> element.textNodes().stream()
                            .allMatch(text -> AROUND_A_LINK.matcher(text.text()).matches()));
        }

        private static String linkLines(Element list) {
            StringBuilder out = new StringBuilder();
            for (Element link : list.select("a[href]")) {
                String text = inline(link);
                if (!text.isEmpty()) {
                    out.append("- [").append(text).append("](").append(SPACES.matcher(link.attr("href")).replaceAll("%20"))
                            .append(")\n");
                }
            }
            return out.toString();
        }

        /**
         * A pipe table. One whose first row is not a header row (Sphinx's autosummary lists, a row per
         * function, start with their first function) gets an empty header: read as the header, that
         * first row named every other row's cells ("`read_csv`(...): `read_orc`(...)"), and each
         * part of a cut table repeated it.
         */
        private static String table(Element table) {
            List<Elements> rows = table.select("tr").stream().map(row -> row.select("> th, > td"))
                    .filter(cells -> !cells.isEmpty()).toList();
            if (rows.isEmpty()) {
                return "";
            }
            boolean headed = isHeaderRow(rows.getFirst());
            int width = headed ? rows.getFirst().size() : rows.stream().mapToInt(Elements::size).max().orElseThrow();
            List<List<String>> texts = rows.stream().map(cells -> cells.stream().map(Walk::inline).toList()).toList();
            return PipeTable.of(headed ? texts.getFirst() : List.of(), texts.subList(headed ? 1 : 0, texts.size()), width) + "\n";
        }

        /** A row in the table's head, or of header cells only. */
        private static boolean isHeaderRow(Elements cells) {
            Element row = cells.getFirst().parent();
            boolean inHead = row != null && row.parent() != null && row.parent().normalName().equals("thead");
            return inHead || cells.stream().allMatch(cell -> cell.normalName().equals("th"));
        }
    }
}
