package dev.docent.indexer.parse.markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline marks of the Python-Markdown extensions (pymdownx) that Material for MkDocs sites write,
 * read as the published page reads: an icon shortcode ({@code :material-check:},
 * {@code :octicons-arrow-right-24:} with its attribute list) is a picture, not words; an abbreviation's
 * definition ({@code *[HTML]: Hyper Text Markup Language}) is a tooltip, not a line of the page; keys
 * ({@code ++ctrl+alt+del++}) and highlighted or inserted text ({@code ==marked==}, {@code ^^new^^})
 * keep their words. Answers had quoted ":octicons-arrow-right-24: Getting started".
 */
final class PymdownInlines {

    private static final Pattern ICON = Pattern.compile(
            ":(?:material|octicons|fontawesome|simple|twemoji)-[\\w-]+:(?:\\{[^}\\n]*})?");
    private static final Pattern ABBREVIATION = Pattern.compile("(?m)^[ \\t]*\\*\\[[^\\]\\n]+]:[ \\t].*$");
    private static final Pattern KEYS = Pattern.compile("\\+\\+([\\w-]+(?:\\+[\\w-]+)*)\\+\\+");
    /** {@code ==marked==} and {@code ^^inserted^^} stand apart from words: {@code A==1, B==} is a comparison, not a mark. */
    private static final Pattern MARKED = Pattern.compile("(?<![=^\\w])(==|\\^\\^)([^\\s=^](?:[^=^\\n]*[^\\s=^])?)\\1(?![=^\\w])");

    private PymdownInlines() {
    }

    static String read(String text) {
        String gone = String.valueOf(TemplateTags.GONE);
        String cleaned = ICON.matcher(text).replaceAll(gone);
        cleaned = ABBREVIATION.matcher(cleaned).replaceAll(gone);
        cleaned = KEYS.matcher(cleaned).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return MARKED.matcher(cleaned).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
    }
}
