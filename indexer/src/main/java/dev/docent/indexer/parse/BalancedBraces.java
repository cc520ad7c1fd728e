package dev.docent.indexer.parse;

/**
 * Where a brace group closes in markups that nest them - R's help files, Texinfo, template expressions - and may escape
 * a brace with a character.
 */
public final class BalancedBraces {

    private BalancedBraces() {
    }

    /**
     * @param open    the index of the opening brace
     * @param escapes the characters that make the one after them literal ({@code \} in Rd, {@code @} in Texinfo)
     * @return the index of the brace that closes the one at {@code open}, or -1 when none does
     */
    static int closing(String text, int open, String escapes) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escapes.indexOf(c) >= 0) {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * For each opening brace, the index of the brace that closes it, or -1, found in one pass: looked for from each
     * opening brace in turn, a text of many that nothing closes was read to its end as many times.
     *
     * @param escapes the characters that make the one after them literal; none for template expressions
     */
    public static int[] closings(String text, String escapes) {
        int[] closing = new int[text.length()];
        int[] open = new int[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            closing[i] = -1;
            if (escapes.indexOf(c) >= 0 && i + 1 < text.length()) {
                closing[++i] = -1;
            } else if (c == '{') {
                open[depth++] = i;
            } else if (c == '}' && depth > 0) {
                closing[open[--depth]] = i;
            }
        }
        return closing;
    }

    /** How deep the text's braces nest, escaped ones aside. */
    static int deepest(String text, String escapes) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escapes.indexOf(c) >= 0) {
                i++;
            } else if (c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }
}
