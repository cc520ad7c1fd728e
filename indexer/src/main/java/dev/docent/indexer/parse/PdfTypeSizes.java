package dev.docent.indexer.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The headings of a PDF that has no outline, told by their type: a short line set larger than the text around it
 * (a word processor's "Heading 1" and "Heading 2", exported without bookmarks). The larger the type, the higher the
 * heading. A PDF whose type does not set its headings apart - one size throughout, or large type on many lines (a
 * slide deck, a form) - gives none, and is read page by page.
 */
final class PdfTypeSizes {

    /**
     * How much larger than the text a heading is set: the step of LaTeX's subsections (12 points over 10) and a word
     * processor's second heading (13 over 11). A third heading set in 12 points over 11 is read as text; a smaller step
     * took Texinfo's definitions, set a point over the text, line by line as headings.
     */
    private static final float HEADING_SCALE = 1.15f;
    private static final int MAX_HEADING_WORDS = 15;
    private static final int MAX_LEVEL = 6;
    /** A heading ends without a sentence's stop; a line that has one is prose set large. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.,;:]$");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    /** Headings head text: if more than this share of the lines is set large, the type says nothing about headings. */
    private static final double MAX_HEADING_SHARE = 0.25;

    private PdfTypeSizes() {
    }

    /**
     * @param typed the lines as laid out, with their type's size
     * @param read  the lines each page is read as (its furniture left out): a heading must be one of them
     */
    static List<PdfHeading> headings(List<List<PdfLines.Line>> typed, List<List<String>> read) {
        float text = textSize(typed);
        List<PdfLines.Line> candidates = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        int lines = 0;
        for (int page = 0; page < typed.size(); page++) {
            Set<String> kept = new HashSet<>(read.get(page));
            PdfLines.Line before = null;
            for (PdfLines.Line line : typed.get(page)) {
                lines++;
                String words = line.text().strip();
                boolean candidate = line.size() >= text * HEADING_SCALE && kept.contains(words) && isHeadingLike(words);
                // A heading that runs over two lines is headed by its first: the second stays its section's first line.
                boolean continues = before != null && before.size() == line.size();
                if (candidate && !continues) {
                    candidates.add(new PdfLines.Line(words, line.size()));
                    pages.add(page + 1);
                }
                before = candidate ? line : null;
            }
        }
        withoutTitlePage(candidates, pages);
        if (candidates.isEmpty() || candidates.size() > lines * MAX_HEADING_SHARE) {
            return List.of();
        }
        List<Float> sizes = new ArrayList<>(new TreeSet<>(candidates.stream().map(PdfLines.Line::size).toList()).descendingSet());
        List<PdfHeading> headings = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int level = Math.min(MAX_LEVEL, sizes.indexOf(candidates.get(i).size()) + 1);
            headings.add(new PdfHeading(level, candidates.get(i).text(), pages.get(i)));
        }
        return headings;
    }

    /**
     * A title page's lines - the manual's name, its authors - are set in sizes no later page uses for a heading: they
     * head nothing, and every section's path began with the manual's name. A PDF of one page keeps them.
     */
    private static void withoutTitlePage(List<PdfLines.Line> candidates, List<Integer> pages) {
        Set<Float> laterSizes = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (pages.get(i) > 1) {
                laterSizes.add(candidates.get(i).size());
            }
        }
        for (int i = candidates.size() - 1; i >= 0 && !laterSizes.isEmpty(); i--) {
            if (pages.get(i) == 1 && !laterSizes.contains(candidates.get(i).size())) {
                candidates.remove(i);
                pages.remove(i);
            }
        }
    }

    private static boolean isHeadingLike(String words) {
        return HAS_LETTER.matcher(words).matches() && !SENTENCE_END.matcher(words).matches()
                && words.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    /** The size most of the text is set in, by characters. */
    private static float textSize(List<List<PdfLines.Line>> typed) {
        Map<Float, Integer> characters = new HashMap<>();
        typed.forEach(page -> page.forEach(line -> characters.merge(line.size(), line.text().length(), Integer::sum)));
        return characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }
}
