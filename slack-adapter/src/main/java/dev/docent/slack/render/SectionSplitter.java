package dev.docent.slack.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits answer text into pieces that fit one Block Kit section (3,000 characters), where a reader
 * would pause: a paragraph, a line, a sentence - and never inside a citation marker or between a
 * sentence and the {@code [n]} that follows it.
 */
final class SectionSplitter {

    private static final Pattern MARKER_AHEAD = Pattern.compile("\\[\\d+]");

    private SectionSplitter() {
    }

    static List<String> split(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = cut(rest, limit);
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Where to end the first piece: the latest good boundary in the second half of the limit. */
    private static int cut(String text, int limit) {
        int floor = limit / 2;
        int paragraph = text.lastIndexOf("\n\n", limit - 1);
        if (paragraph >= floor && allowed(text, paragraph)) {
            return paragraph;
        }
        int line = text.lastIndexOf('\n', limit - 1);
        if (line >= floor && allowed(text, line)) {
            return line;
        }
        int sentence = -1;
        int word = -1;
        for (int i = limit - 1; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i)) && allowed(text, i)) {
                char before = text.charAt(i - 1);
                if (before == ']' || before == '.' || before == '!' || before == '?') {
                    sentence = i;
                    break;
                }
                if (word < 0) {
                    word = i;
                }
            }
        }
        if (sentence >= 0) {
            return sentence;
        }
        if (word >= 0) {
            return word;
        }
        return hardCut(text, limit);
    }

    /** A boundary is allowed unless a citation marker follows it: the marker belongs to what precedes it. */
    private static boolean allowed(String text, int whitespace) {
        int next = whitespace;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return !MARKER_AHEAD.matcher(text).region(next, text.length()).lookingAt();
    }

    /** No whitespace to cut at (a very long token): cut anyway, but not inside an entity or a marker. */
    private static int hardCut(String text, int limit) {
        int cut = limit;
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp > cut - 6 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        int bracket = text.lastIndexOf('[', cut - 1);
        if (bracket >= 0 && bracket > cut - 8 && MARKER_AHEAD.matcher(text).region(bracket, text.length()).lookingAt()
                && text.indexOf(']', bracket) >= cut) {
            cut = bracket;
        }
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return cut;
    }
}
