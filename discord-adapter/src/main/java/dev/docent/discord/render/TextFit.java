package dev.docent.discord.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens text to a length limit without cutting a citation marker ({@code [3]}) in half: it
 * prefers to end right after a citation, which in Docent's answers closes a cited sentence, then
 * at a space, and marks the cut.
 */
public final class TextFit {

    public static final String ELLIPSIS = "\u2026";

    private static final Pattern CITATION = Pattern.compile("\\[\\d+]");
    private static final Pattern OPEN_CITATION = Pattern.compile("\\[\\d*$");

    private TextFit() {
    }

    /** The text, or its longest cleanly cut beginning that, with {@code marker} appended, fits {@code limit}. */
    public static String fit(String text, int limit, String marker) {
        if (text.length() <= limit) {
            return text;
        }
        if (marker.length() >= limit) {
            return marker.substring(0, limit);
        }
        int max = limit - marker.length();
        return text.substring(0, cutPoint(text, max)).stripTrailing() + marker;
    }

    public static String fit(String text, int limit) {
        return fit(text, limit, ELLIPSIS);
    }

    private static int cutPoint(String text, int max) {
        int afterCitation = -1;
        Matcher citation = CITATION.matcher(text);
        while (citation.find() && citation.end() <= max) {
            afterCitation = citation.end();
        }
        // A citation far back would throw away most of what fits: then a space will do.
        if (afterCitation >= max / 2) {
            return afterCitation;
        }
        for (int i = max; i > max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        int hard = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        Matcher open = OPEN_CITATION.matcher(text.substring(0, hard));
        return open.find() ? open.start() : hard;
    }
}
