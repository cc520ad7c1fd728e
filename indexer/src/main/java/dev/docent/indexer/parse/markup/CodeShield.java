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

    /** Hides inline code spans ({@link InlineCodeSpans}); a lone backtick is left as it is. */
    String hideInlineCode(String text) {
        InlineCodeSpans spans = InlineCodeSpans.of(text);
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (int span = 0; span < spans.count(); span++) {
            out.append(text, i, spans.start(span)).append(hide(text.substring(spans.start(span), spans.end(span))));
            i = spans.end(span);
        }
        return out.append(text, i, text.length()).toString();
    }

    /** Puts everything hidden back, including what was hidden inside something hidden later. */
    String restore(String text) {
        Matcher placeholder = KEPT.matcher(text);
        return placeholder.replaceAll(m -> Matcher.quoteReplacement(restore(kept.get(Integer.parseInt(m.group(1))))));
    }
}
