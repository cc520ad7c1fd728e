package dev.docent.core.generation;

import dev.docent.core.index.InlineCode;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a line of text into sentences. The JDK's sentence rules break after every '?' or '!',
 * even inside "click **Forgot password?** on the sign-in page", and after a list number ("1. "):
 * a piece that goes on in lower case or with a comma or an ellipsis (once Markdown emphasis and
 * closing brackets are skipped), or that follows a bare list number, is put back onto the sentence
 * before it; so is a piece that starts inside inline code, after "set(... CACHE ...)" or
 * "`e.g. foo()`", inside a quotation ("begins with "squash! …"") or inside parentheses, or after an
 * abbreviation ("A path at which a named item is exported (e.g. `std::collections::HashMap`)." was
 * quoted as "A path at which a named item is exported (e.g."). A piece without a word (the ".*" that
 * closes "*Remember that ... wildcard.*") belongs to the sentence before it.
 */
final class Sentences {

    private static final Pattern LIST_NUMBER = Pattern.compile("\\s*\\d{1,3}[.)]\\s*");
    /** What no sentence starts with: a piece that does is the end of the one before. */
    private static final String CONTINUING_PUNCTUATION = ",;:…";
    /** Strong emphasis first: once its pairs are counted, a single marker is what is left. */
    private static final List<String> EMPHASIS_MARKERS = List.of("**", "__", "*", "_");
    private static final Pattern CITATION_MARKER = Pattern.compile("\\[\\d+]");
    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile("(?i)\\b(?:e\\.g|i\\.e|etc|vs|cf|approx)\\.\\s*$");

    private Sentences() {
    }

    static List<String> of(String line) {
        List<String> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(line);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = line.substring(start, end);
            if (!sentences.isEmpty() && (continuesPrevious(piece) || !hasWordCharacter(piece)
                    || LIST_NUMBER.matcher(sentences.getLast()).matches()
                    || InlineCode.leavesOpen(sentences.getLast()) || insideQuote(sentences.getLast())
                    || insideParentheses(sentences.getLast()) || ENDS_WITH_ABBREVIATION.matcher(sentences.getLast()).find())) {
                sentences.set(sentences.size() - 1, sentences.getLast() + piece);
            } else {
                sentences.add(piece);
            }
        }
        return sentences.stream().map(Sentences::withoutUnpairedEmphasis).toList();
    }

    /**
     * Emphasis around two sentences ("_**Note:** Add schemas to it. Fastify has no idea._") opens
     * in the first and closes in the second: each alone would show a stray '_' or '*', which chat
     * clients print as it is or read as the start of emphasis that never ends.
     */
    private static String withoutUnpairedEmphasis(String sentence) {
        String text = sentence.strip();
        for (String marker : EMPHASIS_MARKERS) {
            String bare = InlineCode.SPAN.matcher(text).replaceAll("");
            if (marker.length() == 1) {
                bare = bare.replace(marker + marker, "");
            }
            if (occurrences(bare, marker) % 2 == 0) {
                continue;
            }
            int after = marker.length();
            // "**Answer:** ... apply*/the worker": a strong pair is not half of an unpaired single marker.
            String doubled = marker + marker;
            if (text.length() > after && text.startsWith(marker) && !text.startsWith(doubled)
                    && !Character.isWhitespace(text.charAt(after))) {
                text = text.substring(after);
            } else if (text.length() > after && text.endsWith(marker) && !text.endsWith(doubled)
                    && !Character.isWhitespace(text.charAt(text.length() - after - 1))) {
                text = text.substring(0, text.length() - after);
            }
        }
        return text.equals(sentence.strip()) ? sentence : text;
    }

    private static int occurrences(String text, String marker) {
        int count = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length())) {
            count++;
        }
        return count;
    }

    /** A citation marker is not a word: the ". [2]" after "(... at all!)*" ends that sentence. */
    private static boolean hasWordCharacter(String piece) {
        return CITATION_MARKER.matcher(piece).replaceAll("").codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Whether a text leaves a quotation open: "begins with "squash! …" (or "fixup! …")". */
    private static boolean insideQuote(String text) {
        return text.chars().filter(c -> c == '"').count() % 2 == 1;
    }

    /** Whether a text leaves a parenthesis open: "(e.g. " goes on after the break. */
    private static boolean insideParentheses(String text) {
        return text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count();
    }

    private static boolean continuesPrevious(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (Character.isWhitespace(c) || c == '*' || c == '_' || c == ')' || c == ']' || c == '"' || c == '\'') {
                continue;
            }
            return Character.isLowerCase(c) || CONTINUING_PUNCTUATION.indexOf(c) >= 0;
        }
        return false;
    }
}
