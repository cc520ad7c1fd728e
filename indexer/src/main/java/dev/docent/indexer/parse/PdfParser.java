package dev.docent.indexer.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's text with Apache PDFBox, one section per page: its anchor is {@code page=N}, which
 * browsers' PDF viewers open at that page, and its heading is "Page N". The title is the PDF's own
 * title when it has one. A PDF without extractable text (e.g. scanned images) yields no sections.
 */
public final class PdfParser implements DocumentParser {

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<Section> sections = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf).strip();
                if (!text.isEmpty()) {
                    sections.add(new Section(List.of("Page " + page), "page=" + page, text));
                }
            }
            String title = pdf.getDocumentInformation().getTitle();
            return new ParsedDocument(title == null || title.isBlank() ? fallbackTitle : title.strip(), sections);
        } catch (IOException e) {
            throw new UnreadableDocumentException("not a readable PDF (" + e.getMessage() + ")");
        }
    }
}
