package dev.docent.indexer.parse.markup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribute lists that Python-Markdown's {@code attr_list} (MkDocs), kramdown and Pandoc let an author
 * put on a link, an image, a heading or a block: {@code [Path Parameters](path-params.md){.internal-link
 * target=_blank}}, {@code ![logo](logo.png){ width="300" }}, {@code ## Setup { #install }},
 * {@code {: .note }} on a line of its own, and Pandoc's bracketed spans ({@code [shown text]{.mark}}, which show
 * their text). The published page shows none of them, but the text kept
 * them, so answers quoted "the same way as with Path Parameters{.internal-link target=_blank}" and a
 * heading read "Setup { #install }" with an anchor made of both.
 */
public final class AttributeLists {

    private static final String ATTRIBUTE = "(?:[.#][\\w-]+|[\\w-]+=(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s}]*))";
    private static final String LIST = "\\{:?[ \\t]*" + ATTRIBUTE + "(?:[ \\t]+" + ATTRIBUTE + ")*[ \\t]*}";
    private static final Pattern AFTER_LINK = Pattern.compile("(?<=[)\\]])" + LIST);
    /** Pandoc's bracketed span, {@code [shown text]{.mark}}: not a link's text, which a link target follows. */
    private static final Pattern SPAN = Pattern.compile("(?<![\\]!\\\\])\\[([^\\[\\]\\n]+)]" + LIST);
    private static final Pattern OWN_LINE = Pattern.compile("(?m)^[ \\t]*" + LIST + "[ \\t]*$");
    private static final Pattern HEADING_END = Pattern.compile("[ \\t]*(" + LIST + ")[ \\t]*$");
    private static final Pattern ID = Pattern.compile("(?<=[{:\\s])#([\\w-]+)");
    private static final Pattern CLASS = Pattern.compile("(?<=[{:\\s])\\.([\\w-]+)");

    /** A heading's text without its attribute list, and the id that list gives it (its anchor), if any. */
    public record Heading(String text, Optional<String> id) {
    }

    private AttributeLists() {
    }

    public static Heading heading(String text) {
        Matcher list = HEADING_END.matcher(text);
        if (!list.find()) {
            return new Heading(text, Optional.empty());
        }
        Matcher id = ID.matcher(list.group(1));
        return new Heading(text.substring(0, list.start()), id.find() ? Optional.of(id.group(1)) : Optional.empty());
    }

    /**
     * The text without the lists that follow links and images or stand on their own line. A list on its own
     * line right above a paragraph that gives it a callout's class (Just the Docs' {@code {: .note }}, {@code {:
     * .warning }}) leads the paragraph with the callout's label, as the published page does.
     */
    static String removedFromLinksAndBlocks(String text) {
        String cleaned = AFTER_LINK.matcher(SPAN.matcher(text).replaceAll("$1")).replaceAll("");
        return OWN_LINE.matcher(cleaned).replaceAll(list -> Matcher.quoteReplacement(
                calloutLabel(list.group(), cleaned, list.end()).map(label -> label + ":").orElse(String.valueOf(TemplateTags.GONE))));
    }

    /** The label of the callout a list's class names, when the list heads a block (the next line has text). */
    private static Optional<String> calloutLabel(String list, String text, int end) {
        int nextLineEnd = text.indexOf('\n', end + 1);
        String next = end + 1 > text.length() ? "" : text.substring(end + 1, nextLineEnd < 0 ? text.length() : nextLineEnd);
        if (next.isBlank()) {
            return Optional.empty();
        }
        Matcher kind = CLASS.matcher(list);
        while (kind.find()) {
            Optional<String> label = Admonitions.label(kind.group(1));
            if (label.isPresent()) {
                return label;
            }
        }
        return Optional.empty();
    }
}
