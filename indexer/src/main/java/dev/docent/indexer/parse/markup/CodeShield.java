package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets text aside while markup is removed around it, and puts it back untouched: fenced code
 * blocks, inline code spans and a template's {@code {% raw %}} content. Markup inside code is
 * content - a page about Nunjucks shows {@code {{ title }}} on purpose.
 */
final class CodeShield {

    private static final char START = '\uE000';
    private static final char END = '\uE001';
    private static final Pattern KEPT = Pattern.compile(START + "(\\d+)" + END);

    private final List<String> kept = new ArrayList<>();

    /** @return a placeholder that {@link #restore} turns back into {@code text} */
    String hide(String text) {
        kept.add(text);
        return START + Integer.toString(kept.size() - 1) + END;
    }

    /** Hides every fenced code block, each as one placeholder line. */
    String hideFences(String text) {
        FenceTracker fences = new FenceTracker();
        StringBuilder out = new StringBuilder();
        StringBuilder fence = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (fences.isCode(line)) {
                fence.append(fence.isEmpty() ? "" : "\n").append(line);
                continue;
            }
            if (!fence.isEmpty()) {
                out.append(hide(fence.toString())).append('\n');
                fence.setLength(0);
            }
            out.append(line).append('\n');
        }
        if (!fence.isEmpty()) {
            out.append(hide(fence.toString())).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * Hides inline code spans: a run of backticks up to the next run of the same length, within
     * one paragraph. A lone backtick is left as it is.
     */
    String hideInlineCode(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('`', i);
            if (open < 0) {
                break;
            }
            int run = runLength(text, open);
            int close = closingRun(text, open + run, run);
            if (close < 0) {
                out.append(text, i, open + run);
                i = open + run;
                continue;
            }
            out.append(text, i, open).append(hide(text.substring(open, close + run)));
            i = close + run;
        }
        return out.append(text, i, text.length()).toString();
    }

    /** Puts everything hidden back, including what was hidden inside something hidden later. */
    String restore(String text) {
        Matcher placeholder = KEPT.matcher(text);
        return placeholder.replaceAll(m -> Matcher.quoteReplacement(restore(kept.get(Integer.parseInt(m.group(1))))));
    }

    private static boolean nextLineIsBlank(String text, int newline) {
        int i = newline + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n';
    }

    private static int runLength(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    private static int closingRun(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && nextLineIsBlank(text, i)) {
                return -1; // a blank line ends the paragraph: no closing run
            }
            if (c == '`') {
                int run = runLength(text, i);
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }
}
