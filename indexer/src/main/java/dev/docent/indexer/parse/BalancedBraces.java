package dev.docent.indexer.parse;

/** Where a brace group closes in markups that nest them - R's help files, Texinfo - and escape a brace with a character. */
final class BalancedBraces {

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
}
