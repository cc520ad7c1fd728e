package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PDF's pages as lines of text without what a printed page repeats around its text: the running header or footer
 * ("Chapter 2: ASN.1 structure handling 3", "Acme Admin Guide | 12"), the page number, and a table of contents' entries
 * with their dot leaders ("2.1 ASN.1 syntax . . . . . . . 2"). Read as text, a running header was a sentence of every
 * page's passages, and an answer quoted it.
 */
final class PdfPages {

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page\\s+)?(?:\\d{1,5}|[ivxlcdm]{1,8})(?:\\s+(?:of|/)\\s+\\d{1,5})?");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile(".*\\S(?:\\s?\\.){6,}\\s*(?:\\d{1,5}|[ivxlcdm]{1,8})");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** A page's first and last lines are where a running header or footer stands. */
    private static final int EDGE_LINES = 2;
    /** How many pages must open or close with a line, its numbers aside, for it to be the page's furniture. */
    private static final int MIN_REPEATS = 2;

    private PdfPages() {
    }

    /** Each page's lines, stripped, blank ones and the page's furniture left out. */
    static List<List<String>> withoutFurniture(List<String> pageTexts) {
        List<List<String>> pages = new ArrayList<>();
        for (String text : pageTexts) {
            pages.add(text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
        Map<String, Integer> edges = new HashMap<>();
        for (List<String> lines : pages) {
            edgeLines(lines).stream().map(PdfPages::shape).distinct().forEach(shape -> edges.merge(shape, 1, Integer::sum));
        }
        List<List<String>> read = new ArrayList<>();
        for (List<String> lines : pages) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean edge = i < EDGE_LINES || i >= lines.size() - EDGE_LINES;
                boolean furniture = edge && (PAGE_NUMBER.matcher(line).matches() || pages.size() > MIN_REPEATS
                        && edges.getOrDefault(shape(line), 0) >= MIN_REPEATS);
                if (!furniture && !CONTENTS_ENTRY.matcher(line).matches()) {
                    kept.add(line);
                }
            }
            read.add(kept);
        }
        return read;
    }

    private static List<String> edgeLines(List<String> lines) {
        if (lines.size() <= 2 * EDGE_LINES) {
            return lines;
        }
        List<String> edge = new ArrayList<>(lines.subList(0, EDGE_LINES));
        edge.addAll(lines.subList(lines.size() - EDGE_LINES, lines.size()));
        return edge;
    }

    /** A line with its numbers made alike: page 3's header and page 4's are one header. */
    private static String shape(String line) {
        return DIGITS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
