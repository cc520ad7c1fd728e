package dev.docent.indexer.parse;

import dev.docent.indexer.parse.markup.SiteMarkup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page's main content with jsoup: the {@code <main>} (or {@code role=main}, or a
 * Confluence export's content, {@link ConfluenceExport}, or {@code <article>}) element, else the body, without the page's chrome ({@link PageChrome}), with the
 * generators' own ways of writing listings, signatures and entries made plain, then read in order by
 * {@link HtmlSections}. The title comes from front matter, else the page's first heading, else its
 * {@code <title>}.
 */
public final class HtmlParser implements DocumentParser {

    private static final int MAX_LABEL_WORDS = 4;
    /** What follows a page's name in its {@code <title>}: " — Flask Documentation (2.2.x)", " | Formwell Docs". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[—–|·-]\\s.*");

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
        Optional<String> exportTitle = ConfluenceExport.title(page);
        String pageTitle = exportTitle.orElse(page.title().isBlank() && frontTitle != null ? frontTitle : page.title());
        Element main = page.selectFirst("main, [role=main]");
        if (main == null) {
            main = ConfluenceExport.content(page).or(() -> theArticle(page)).orElse(page.body());
        }
        GoogleDocsExport.normalize(page, main);
        removeLabelsOfPictures(main);
        TabPanels.labelled(main);
        PageChrome.removeFrom(main);
        SourceListings.removeFrom(main);
        CodeListings.numbersRemovedFrom(main);
        UnrenderedRoles.removeFrom(main);
        SiteFrame.removeFrom(main, siteName(page.title()));
        PermalinkMarks.removeFrom(main);
        ReferenceSignatures.normalize(main);
        TypeDocMembers.normalize(main);
        ApiEntryParts.labelled(main);
        ApiEntryParts.typesSetOff(main);
        HeadingLabels.ofQuotes(main);

        HtmlSections walk = new HtmlSections(main, pageTitle, true);
        walk.children(main);
        String title = frontTitle != null ? frontTitle : exportTitle.isPresent() ? exportTitle.get() : walk.title != null ? walk.title
                : nameAboveTheArticle(page, main).orElse(page.title().isBlank() ? fallbackTitle : page.title().strip());
        Element canonical = page.selectFirst("link[rel=canonical][href^=http]");
        String url = canonical != null ? canonical.attr("href") : front == null ? null : front.url();
        return new ParsedDocument(title, url, front == null ? null : front.description(), walk.sections.sections());
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
        return text.endsWith(":") && HtmlSections.words(text).size() <= MAX_LABEL_WORDS;
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

    /** The page's own name as its {@code <title>} gives it, without the site's suffix, spaces made plain. */
    static String pageName(String title) {
        return HtmlSections.SPACES.matcher(TITLE_SUFFIX.matcher(title.strip()).replaceFirst("")).replaceAll(" ");
    }

    /**
     * What a {@code <title>} says after the page's own name: "Django 3.2.25 documentation". Nothing
     * when that is the page's own name again: a site's front page is named as the site is ("pino |
     * Pino"), and its heading is the page's name, not the site's branding.
     */
    private static String siteName(String title) {
        Matcher suffix = TITLE_SUFFIX.matcher(title.strip());
        String site = suffix.find() ? HtmlSections.SPACES.matcher(suffix.group().strip().substring(1)).replaceAll(" ").strip() : "";
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
        if (body.selectFirst(HtmlSections.ANY_HEADING) != null) {
            return List.of();
        }
        PageChrome.removeFrom(body);
        HtmlSections walk = new HtmlSections(body, "", false);
        walk.children(body);
        walk.flushLoose();
        return walk.sections.sections().stream().flatMap(section -> section.blocks().stream()).toList();
    }
}
