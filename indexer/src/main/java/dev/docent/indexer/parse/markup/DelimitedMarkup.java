package dev.docent.indexer.parse.markup;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup that runs from an opener to a closer ({@code <!-- ... -->}, {@code {% ... %}}), found by a pattern that ends
 * with the closer. The pattern searches for the closer from every opener, and where nothing closes one that search
 * runs to the end of the page: a page of many unclosed openers took minutes, growing with its square. No match ends
 * after the last closer, so the pattern runs only on the text up to it (a closer that takes the character after it
 * leaves that to a pattern that looks at it).
 */
public record DelimitedMarkup(Pattern markup, Pattern closer) {

    public static DelimitedMarkup of(Pattern markup, String closer) {
        return new DelimitedMarkup(markup, Pattern.compile(closer));
    }

    public String replaceAll(String text, Function<MatchResult, String> replacement) {
        int end = endOfLastCloser(text);
        if (end < 0) {
            return text;
        }
        String replaced = markup.matcher(text.substring(0, end)).replaceAll(replacement);
        return end == text.length() ? replaced : replaced + text.substring(end);
    }

    public String replaceAll(String text, String replacement) {
        String literal = Matcher.quoteReplacement(replacement);
        return replaceAll(text, match -> literal);
    }

    /** Closers are looked for overlapping, so that one that takes the character after it hides no closer there. */
    private int endOfLastCloser(String text) {
        Matcher close = closer.matcher(text);
        int end = -1;
        int from = 0;
        while (from < text.length() && close.find(from)) {
            end = Math.max(end, close.end());
            from = close.start() + 1;
        }
        return end;
    }
}
