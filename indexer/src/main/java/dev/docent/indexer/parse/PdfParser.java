package dev.docent.indexer.parse;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF's text with Apache PDFBox. A PDF with an outline (its bookmarks: manuals made from LaTeX, Texinfo,
 * DocBook or a word processor have one) is read by it: each heading opens a section where its line stands on its page,
 * under its chapter's heading, and a section that runs over pages is one passage set per page. A PDF without one is
 * read by the headings its type sets apart ({@link PdfTypeSizes}), and one whose type sets none apart a section per
 * page, "Page N". Every section's anchor is {@code page=N}, which browsers' PDF viewers open at
 * that page. Running headers and footers, page numbers and a table of contents' entries are left out
 * ({@link PdfPages}), and so is a back-of-book index; a word broken at a line's end by a hyphen is joined again. The
 * title is the PDF's own when it has one. A PDF without extractable text (scanned images) yields no sections.
 */
public final class PdfParser implements DocumentParser {

    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L})-\\n(\\p{Ll})");
    /** A back-of-book index ("Concept Index", "Function and Data Index"): page numbers, not text. */
    private static final Pattern INDEX = Pattern.compile("(?i)(?:.*\\s)?index");
    /** What may stand before a heading's title on its line: its number ("2.3", "Chapter 4", "Appendix A"). */
    private static final int MAX_NUMBERING = 16;

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            List<List<PdfLines.Line>> typed = PdfLines.of(pdf);
            List<List<String>> pages = PdfPages.withoutFurniture(typed.stream()
                    .map(lines -> String.join("\n", lines.stream().map(PdfLines.Line::text).toList())).toList());
            List<PdfHeading> headings = PdfOutline.of(pdf);
            if (headings.isEmpty()) {
                headings = PdfTypeSizes.headings(typed, pages);
            }
            List<Section> sections = headings.isEmpty() || pages.isEmpty() ? byPage(pages) : byHeadings(pages, headings);
            String title = pdf.getDocumentInformation().getTitle();
            return new ParsedDocument(title == null || title.isBlank() ? fallbackTitle : title.strip(), sections);
        } catch (IOException e) {
            throw new UnreadableDocumentException("not a readable PDF (" + e.getMessage() + ")");
        }
    }

    private static List<Section> byPage(List<List<String>> pages) {
        List<Section> sections = new ArrayList<>();
        for (int page = 1; page <= pages.size(); page++) {
            addSection(sections, List.of("Page " + page), page, pages.get(page - 1));
        }
        return sections;
    }

    /**
     * Each heading's text runs from its line to the next heading's; where a heading's line is not found on its page,
     * the heading opens at the top of that page. What stands before the first heading (a title page, a copyright
     * notice) is a section of no heading.
     */
    private static List<Section> byHeadings(List<List<String>> pages, List<PdfHeading> outline) {
        List<Section> sections = new ArrayList<>();
        // Each line's words once, not once per heading looked for: an outline may name thousands of headings.
        List<List<String>> words = pages.stream().map(lines -> lines.stream().map(PdfParser::words).toList()).toList();
        Deque<PdfHeading> path = new ArrayDeque<>();
        int page = 1;
        int line = 0;
        for (PdfHeading heading : outline) {
            // An outline that points back to an earlier page is read forward: a section never opens before the last.
            int headingPage = Math.min(Math.max(heading.page(), page), pages.size());
            int from = headingPage == page ? line : 0;
            int headingLine = lineOf(words.get(headingPage - 1), words(heading.title()), from);
            int opens = headingLine >= 0 ? headingLine : from;
            addText(sections, path, pages, page, line, headingPage, opens);
            while (!path.isEmpty() && path.peekLast().level() >= heading.level()) {
                path.removeLast();
            }
            path.addLast(heading);
            page = headingPage;
            line = headingLine >= 0 ? headingLine + 1 : opens;
        }
        addText(sections, path, pages, page, line, pages.size(), pages.getLast().size());
        return sections;
    }

    /** The lines from page {@code fromPage}, line {@code fromLine}, up to page {@code toPage}, line {@code toLine}: a section per page. */
    private static void addText(List<Section> sections, Deque<PdfHeading> path, List<List<String>> pages, int fromPage,
                                int fromLine, int toPage, int toLine) {
        if (!path.isEmpty() && INDEX.matcher(path.peekLast().title()).matches()) {
            return;
        }
        List<String> headings = path.stream().map(PdfHeading::title).toList();
        for (int page = fromPage; page <= toPage; page++) {
            List<String> lines = pages.get(page - 1);
            int from = page == fromPage ? Math.min(fromLine, lines.size()) : 0;
            int to = page == toPage ? Math.min(Math.max(toLine, from), lines.size()) : lines.size();
            addSection(sections, headings, page, lines.subList(from, to));
        }
    }

    private static void addSection(List<Section> sections, List<String> headings, int page, List<String> lines) {
        String text = HYPHENATED.matcher(String.join("\n", lines)).replaceAll("$1$2").strip();
        if (!text.isEmpty()) {
            sections.add(new Section(headings, "page=" + page, text));
        }
    }

    /** The line, from {@code from} on, that is the heading's: its title, perhaps after its number; all in {@link #words}. */
    private static int lineOf(List<String> lines, String title, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).endsWith(title) && lines.get(i).length() <= title.length() + MAX_NUMBERING) {
                return i;
            }
        }
        return -1;
    }

    private static String words(String text) {
        return HtmlSections.SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
