package dev.docent.app.insights;

import java.util.regex.Pattern;

/**
 * Users' words made inert in Markdown: every character that could start markup, a link, an image
 * or raw HTML is escaped, and line breaks become spaces, so a question stays one line of text
 * wherever the report is pasted and rendered.
 */
final class MarkdownText {

    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>&|~!#])");

    private MarkdownText() {
    }

    static String escape(String text) {
        return MARKUP.matcher(text.replaceAll("\\s+", " ").strip()).replaceAll("\\\\$1");
    }
}
