package dev.docent.indexer.parse.markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's inline markup that R Markdown and Quarto books write and their HTML pages do not show as
 * written: an index entry ({@code cross-references\index{cross-reference} work}, for the PDF's index)
 * and an inline footnote ({@code use `\@ref(label)`,^[Do not forget the leading backslash!] where}),
 * which the page sets apart as a note. In the text they split a sentence, and an answer quoted
 * "use the syntax `\@ref(label)`,^[Do not forget the leading backslash!" as one.
 */
final class PandocInlines {

    private static final Pattern INDEX_ENTRY = Pattern.compile("\\\\index\\{[^{}\\n]*(?:\\{[^{}\\n]*}[^{}\\n]*)*}");
    private static final String NOTE_OPENING = "^[";
    /** A note says something in words; a regular expression in prose ({@code ^[a-z]+$}) does not. */
    private static final Pattern PROSE = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}");

    private PandocInlines() {
    }

    static String read(String text) {
        String gone = String.valueOf(TemplateTags.GONE);
        return withoutInlineNotes(INDEX_ENTRY.matcher(text).replaceAll(Matcher.quoteReplacement(gone)));
    }

    /** Each {@code ^[...]} whose brackets balance goes; an unbalanced one is left as it is. */
    private static String withoutInlineNotes(String text) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int open = text.indexOf(NOTE_OPENING); open >= 0; open = text.indexOf(NOTE_OPENING, from)) {
            int close = balancedClose(text, open + 1);
            if (close < 0) {
                break;
            }
            if (!PROSE.matcher(text.substring(open + 2, close)).find()) {
                out.append(text, from, close + 1);
            } else {
                out.append(text, from, open);
            }
            from = close + 1;
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The index of the bracket that closes the one at {@code open}, within a paragraph; -1 if none does. */
    private static int balancedClose(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
