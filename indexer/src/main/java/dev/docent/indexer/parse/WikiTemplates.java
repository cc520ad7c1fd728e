package dev.docent.indexer.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wiki page's templates ({@code {{Infobox ...}}}, {@code {{cite web|...}}}, nested ones and their
 * {@code {{{parameters}}}}) are filled in by the wiki from pages Docent does not have: navigation
 * boxes, badges, citations. They are left out, in one pass over the page; an opener that nothing
 * closes is text. Braces in code ({@code <pre>}, {@code <syntaxhighlight>}, {@code <code>},
 * {@code <nowiki>}) are the code's own - a Go or Jinja template - and stay.
 */
final class WikiTemplates {

    private static final Map<String, Pattern> CODE_CLOSERS = closers("pre", "syntaxhighlight", "source", "nowiki", "code");

    private WikiTemplates() {
    }

    static String removed(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        Deque<Integer> open = new ArrayDeque<>();
        int outermost = -1;
        int keptFrom = 0;
        Set<String> unclosed = new HashSet<>();
        int i = 0;
        while (i + 1 < text.length()) {
            if (open.isEmpty() && text.charAt(i) == '<') {
                int after = endOfCode(text, i, unclosed);
                if (after > i) {
                    i = after;
                    continue;
                }
            }
            int braces = run(text, i, '{');
            int closing = open.isEmpty() ? 0 : run(text, i, '}');
            if (braces >= 2) {
                if (open.isEmpty()) {
                    outermost = i;
                }
                // A parameter's three braces are one opener, the wiki's template two.
                int width = braces == 3 ? 3 : 2;
                open.push(width);
                i += width;
            } else if (closing >= 2) {
                int width = Math.min(open.pop(), closing);
                i += width;
                if (open.isEmpty()) {
                    kept.append(text, keptFrom, outermost);
                    keptFrom = i;
                }
            } else {
                i++;
            }
        }
        return kept.append(text, keptFrom, text.length()).toString();
    }

    /**
     * Where the code opened at the index ends, past its closing tag; the index itself when none opens
     * there or nothing closes it. A tag found unclosed once is not looked for again: a page of many
     * unclosed openers would search to its end from each.
     */
    private static int endOfCode(String text, int at, Set<String> unclosed) {
        for (Map.Entry<String, Pattern> tag : CODE_CLOSERS.entrySet()) {
            String name = tag.getKey();
            if (text.regionMatches(true, at + 1, name, 0, name.length()) && !unclosed.contains(name)) {
                Matcher close = tag.getValue().matcher(text);
                if (!close.find(at)) {
                    unclosed.add(name);
                    return at;
                }
                return close.end();
            }
        }
        return at;
    }

    private static Map<String, Pattern> closers(String... tags) {
        Map<String, Pattern> closers = new LinkedHashMap<>();
        for (String tag : tags) {
            closers.put(tag, Pattern.compile("</" + tag + "\\s*>", Pattern.CASE_INSENSITIVE));
        }
        return closers;
    }

    /** How many of the character stand in a row from the index, up to three. */
    private static int run(String text, int from, char brace) {
        int count = 0;
        while (count < 3 && from + count < text.length() && text.charAt(from + count) == brace) {
            count++;
        }
        return count;
    }
}
