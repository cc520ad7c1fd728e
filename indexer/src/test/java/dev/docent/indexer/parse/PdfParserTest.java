package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

class PdfParserTest {

    @Test
    void aManualWithAnOutlineIsReadByItsHeadingsWithoutItsRunningHeadersPageNumbersOrContents() throws Exception {
        List<List<String>> pages = List.of(
                List.of("Acme Admin Guide", "Version 2.1"),
                List.of("Contents", "1 Installing . . . . . . . . . . . . 3", "1.1 On Linux . . . . . . . . . . . . 3",
                        "2 Single sign-on . . . . . . . . . . 4", "ii"),
                List.of("Acme Admin Guide 3", "1 Installing", "Acme runs on any machine with Java 21.", "1.1 On Linux",
                        "Install the package with apt and start the service with sys-", "temctl.", "3"),
                List.of("Acme Admin Guide 4", "2 Single sign-on", "Open Settings and choose SAML.",
                        "The identity provider needs the callback address.", "4"),
                List.of("Acme Admin Guide 5", "Then test the login with a second account.", "Index",
                        "SAML, 4", "systemctl, 3", "5"));
        byte[] pdf = pdf(pages, new Bookmark(1, "1 Installing", 3), new Bookmark(2, "1.1 On Linux", 3),
                new Bookmark(1, "2 Single sign-on", 4), new Bookmark(1, "Index", 5));

        ParsedDocument doc = new PdfParser().parse(pdf, "admin-guide");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of(), List.of("1 Installing"),
                List.of("1 Installing", "1.1 On Linux"), List.of("2 Single sign-on"), List.of("2 Single sign-on"));
        assertThat(doc.sections()).extracting(Section::anchor)
                .containsExactly("page=1", "page=2", "page=3", "page=3", "page=4", "page=5");
        assertThat(doc.sections()).extracting(Section::text).containsExactly("Acme Admin Guide\nVersion 2.1", "Contents",
                "Acme runs on any machine with Java 21.", "Install the package with apt and start the service with systemctl.",
                "Open Settings and choose SAML.\nThe identity provider needs the callback address.",
                "Then test the login with a second account.");
    }

    @Test
    void aPdfWithoutAnOutlineIsReadPageByPage() throws Exception {
        byte[] pdf = pdf(List.of(List.of("Exports", "Admins can export submissions."), List.of("Plans", "SSO is on Business.")));

        ParsedDocument doc = new PdfParser().parse(pdf, "guide");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Page 1"), List.of("Page 2"));
        assertThat(doc.sections()).extracting(Section::text).containsExactly("Exports\nAdmins can export submissions.",
                "Plans\nSSO is on Business.");
    }

    @Test
    void aPdfWithoutAnOutlineIsReadByTheHeadingsItsTypeSetsApart() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.newLineAtOffset(72, 720);
                line(content, 18, "Acme Admin Guide");
                body(content, "Everything an administrator does.");
                line(content, 14, "Single sign-on");
                body(content, "Open Settings and choose SAML.");
                line(content, 13, "Testing the login");
                body(content, "Sign in with a second account.");
                line(content, 14, "Exports");
                body(content, "Admins can export submissions as CSV.");
                content.endText();
            }

            ParsedDocument doc = new PdfParser().parse(saved(document), "guide");

            assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Acme Admin Guide"),
                    List.of("Acme Admin Guide", "Single sign-on"), List.of("Acme Admin Guide", "Single sign-on", "Testing the login"),
                    List.of("Acme Admin Guide", "Exports"));
            assertThat(doc.sections()).extracting(Section::text).containsExactly(
                    "Everything an administrator does.\nIt goes on for a while.\nAnd a while longer.\nAnd ends here.",
                    "Open Settings and choose SAML.\nIt goes on for a while.\nAnd a while longer.\nAnd ends here.",
                    "Sign in with a second account.\nIt goes on for a while.\nAnd a while longer.\nAnd ends here.",
                    "Admins can export submissions as CSV.\nIt goes on for a while.\nAnd a while longer.\nAnd ends here.");
        }
    }

    /** A paragraph of four lines in the text's type, which a heading must stand out from. */
    private static void body(PDPageContentStream content, String first) throws Exception {
        for (String text : List.of(first, "It goes on for a while.", "And a while longer.", "And ends here.")) {
            line(content, 11, text);
        }
    }

    private static void line(PDPageContentStream content, float size, String text) throws Exception {
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), size);
        content.showText(text);
        content.newLineAtOffset(0, -size * 1.6f);
    }

    @Test
    void anOutlineThatLoopsIsReadOnlySoFar() throws Exception {
        try (PDDocument document = document(List.of(List.of("Intro", "Text.")))) {
            PDDocumentOutline outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            PDOutlineItem item = bookmark(document, "Intro", 1);
            outline.addLast(item);
            item.getCOSObject().setItem(COSName.NEXT, item.getCOSObject());

            ParsedDocument doc = new PdfParser().parse(saved(document), "loop");

            assertThat(doc.sections()).extracting(Section::text).contains("Text.");
        }
    }

    private record Bookmark(int level, String title, int page) {
    }

    /** A real PDF with a line of text per entry, and an outline of the bookmarks, made with PDFBox. */
    private static byte[] pdf(List<List<String>> pages, Bookmark... bookmarks) throws Exception {
        try (PDDocument document = document(pages)) {
            if (bookmarks.length > 0) {
                PDDocumentOutline outline = new PDDocumentOutline();
                document.getDocumentCatalog().setDocumentOutline(outline);
                PDOutlineItem chapter = null;
                for (Bookmark b : bookmarks) {
                    PDOutlineItem item = bookmark(document, b.title(), b.page());
                    if (b.level() == 1) {
                        outline.addLast(item);
                        chapter = item;
                    } else {
                        chapter.addLast(item);
                    }
                }
            }
            return saved(document);
        }
    }

    private static PDDocument document(List<List<String>> pages) throws Exception {
        PDDocument document = new PDDocument();
        for (List<String> lines : pages) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(72, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        }
        return document;
    }

    private static PDOutlineItem bookmark(PDDocument document, String title, int page) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(page - 1));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    private static byte[] saved(PDDocument document) throws Exception {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        }
    }
}
