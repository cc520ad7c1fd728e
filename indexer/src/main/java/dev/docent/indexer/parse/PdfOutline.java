package dev.docent.indexer.parse;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * A PDF's outline - the bookmarks a viewer shows beside the pages, which manuals made from LaTeX, Texinfo, DocBook
 * or a word processor carry - as a list of headings, each with its level and the page it opens on, in reading order.
 */
final class PdfOutline {

    /** Outlines of real manuals hold hundreds of headings; one of more (or one that loops) is read only so far. */
    private static final int MAX_ITEMS = 10_000;
    private static final int MAX_LEVEL = 6;

    private PdfOutline() {
    }

    static List<PdfHeading> of(PDDocument pdf) throws IOException {
        PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
        List<PdfHeading> headings = new ArrayList<>();
        if (outline == null) {
            return headings;
        }
        // Walked with a stack of its own: an outline is a tree a file may nest however deep.
        Deque<Object[]> open = new ArrayDeque<>();
        open.push(new Object[] {outline.getFirstChild(), 1});
        for (int items = 0; !open.isEmpty() && items < MAX_ITEMS; ) {
            Object[] next = open.pop();
            PDOutlineItem item = (PDOutlineItem) next[0];
            int level = (int) next[1];
            if (item == null) {
                continue;
            }
            items++;
            open.push(new Object[] {item.getNextSibling(), level});
            open.push(new Object[] {item.getFirstChild(), level + 1});
            PDPage page = item.findDestinationPage(pdf);
            int number = page == null ? -1 : pdf.getPages().indexOf(page);
            String title = item.getTitle() == null ? "" : HtmlSections.SPACES.matcher(item.getTitle()).replaceAll(" ").strip();
            if (number >= 0 && !title.isEmpty()) {
                headings.add(new PdfHeading(Math.min(MAX_LEVEL, level), title, number + 1));
            }
        }
        return headings;
    }
}
