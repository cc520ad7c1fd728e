package dev.docent.indexer.parse;

/**
 * The Markdown parser looks for the {@code >} that would close an autolink from every {@code <}, as far as the end of
 * its paragraph: a paragraph of many {@code <} and no {@code >} ("a < b", {@code Vec<T}, a man page's
 * {@code <file}) took four seconds per 200 KB, growing with its square, and a megabyte would stall an indexing run.
 * Where that search would run long, the text the parser reads has a backslash before each {@code <} that nothing closes
 * soon after, so it reads as the text it is anyway. A {@code <} that opens a line's content may open an HTML block
 * ({@code <!--} and a long comment) and is left as it is.
 */
final class UnclosedAngleBrackets {

    /** The farthest a {@code >} may close a tag or an autolink: no tag or address in documentation runs longer. */
    static final int REACH = 200;
    /**
     * Characters the parser may search in all before brackets are escaped, about a millisecond's work; the most that
     * a page of the thirteen products' docs measured here asks for is about 6,000.
     */
    static final long SEARCH_BUDGET = 1_000_000;
    private static final String LINE_CONTENT_MARKS = " \t>*+-.)0123456789";

    private UnclosedAngleBrackets() {
    }

    /** The Markdown to parse: {@code markdown} itself unless the parser's search for closing brackets would run long. */
    static String forParsing(String markdown) {
        if (markdown.indexOf('<') < 0) {
            return markdown;
        }
        int[] reach = reachOfEachBracket(markdown);
        long search = 0;
        for (int i = 0; i < markdown.length(); i++) {
            search += reach[i];
        }
        return search > SEARCH_BUDGET ? escaped(markdown, reach) : markdown;
    }

    /**
     * For each {@code <}, how far the parser searches from it: to the next {@code >}, else to the blank line that ends
     * its paragraph, else to the end; 0 for every other character.
     */
    private static int[] reachOfEachBracket(String text) {
        int[] reach = new int[text.length()];
        int nextClose = text.length();
        int nextBlankLine = text.length();
        boolean lineAfterIsBlank = false;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (lineAfterIsBlank) {
                    nextBlankLine = i + 1;
                }
                lineAfterIsBlank = true;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                lineAfterIsBlank = false;
            }
            if (c == '>') {
                nextClose = i;
            } else if (c == '<') {
                reach[i] = Math.min(nextClose, nextBlankLine) - i;
            }
        }
        return reach;
    }

    private static String escaped(String text, int[] reach) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 16);
        for (int i = 0; i < text.length(); i++) {
            if (reach[i] > REACH && !(i > 0 && text.charAt(i - 1) == '\\') && !opensLineContent(text, i)) {
                out.append('\\');
            }
            out.append(text.charAt(i));
        }
        return out.toString();
    }

    /** Whether only indentation and the marks of quotes and list items stand before position {@code at} on its line. */
    private static boolean opensLineContent(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (LINE_CONTENT_MARKS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
