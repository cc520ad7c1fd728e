package dev.docent.indexer.parse.markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows fenced code blocks line by line, so that a pass over a page's lines leaves code alone:
 * a {@code :::} or a {@code {% tag %}} inside a fence is an example, not markup. A fence may be
 * indented (list items, admonition bodies); an unclosed fence runs to the end of the page, as in
 * CommonMark.
 */
final class FenceTracker {

    private static final Pattern OPENING = Pattern.compile("^\\s*(`{3,}|~{3,})");
    private static final Pattern CLOSING = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*$");

    private String open;

    /** Whether a fenced block is open: the next line is code unless it closes the block. */
    boolean isOpen() {
        return open != null;
    }

    /** @return whether this line belongs to a fenced block: its opening line, its body or its closing line */
    boolean isCode(String line) {
        if (open == null) {
            Matcher opening = OPENING.matcher(line);
            if (opening.find()) {
                open = opening.group(1);
                return true;
            }
            return false;
        }
        Matcher closing = CLOSING.matcher(line);
        if (closing.find() && closing.group(1).charAt(0) == open.charAt(0) && closing.group(1).length() >= open.length()) {
            open = null;
        }
        return true;
    }
}
