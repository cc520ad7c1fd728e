package dev.docent.indexer.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF's lines of text, page by page, each with the size most of its characters are set in: how a heading stands out. */
final class PdfLines extends PDFTextStripper {

    /** A line as PDFBox lays it out, its words joined by a space, and its type's size in points. */
    record Line(String text, float size) {
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final Map<Float, Integer> sizes = new HashMap<>();

    private PdfLines() {
        setSortByPosition(true);
    }

    static List<List<Line>> of(PDDocument pdf) throws IOException {
        PdfLines lines = new PdfLines();
        lines.getText(pdf);
        return lines.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pages.add(new ArrayList<>());
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        super.endPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        line.append(text);
        for (TextPosition position : positions) {
            sizes.merge(position.getFontSizeInPt(), 1, Integer::sum);
        }
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        if (!pages.isEmpty() && !line.isEmpty()) {
            float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
            pages.getLast().add(new Line(line.toString(), size));
        }
        line.setLength(0);
        sizes.clear();
    }
}
