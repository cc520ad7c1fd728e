package dev.docent.core.generation;

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
 * quoted as "A path at which a named item is exported (e.g.").
 */
final class Sentences {

    private static final Pattern LIST_NUMBER = Pattern.compile("\\s*\\d{1,3}[.)]\\s*");
    /** What no sentence starts with: a piece that does is the end of the one before. */
    private static final String CONTINUING_PUNCTUATION = ",;:…";
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
            if (!sentences.isEmpty() && (continuesPrevious(piece) || LIST_NUMBER.matcher(sentences.getLast()).matches()
                    || insideCode(sentences.getLast()) || insideQuote(sentences.getLast())
                    || insideParentheses(sentences.getLast()) || ENDS_WITH_ABBREVIATION.matcher(sentences.getLast()).find())) {
                sentences.set(sentences.size() - 1, sentences.getLast() + piece);
            } else {
                sentences.add(piece);
            }
        }
        return sentences;
    }

    /** Whether a text leaves an inline code span open: an odd number of backticks. */
    private static boolean insideCode(String text) {
        return text.chars().filter(c -> c == '`').count() % 2 == 1;
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
