package dev.docent.indexer.parse.markup;

import dev.docent.indexer.parse.BalancedBraces;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a site generator's template language leaves in a page's source; none of it is
 * text a reader of the published page sees as such:
 * <ul>
 *   <li>Jinja, Nunjucks (Eleventy), Liquid (Jekyll) tags {@code {% ... %}} and {@code {%- ... -%}}: paired tags
 *       such as {@code {% callout %}text{% endcallout %}} keep their body, {@code {% raw %}} keeps its content
 *       verbatim, {@code {% comment %}} loses it;</li>
 *   <li>expressions {@code {{ ... }}}, over several lines and with nested braces, and Hugo shortcodes
 *       {@code {{< ... >}}} and {@code {{% ... %}}} (a paired shortcode keeps its inner text, and a tab its
 *       title, {@code {{< tab name="Python" >}}}, as Sphinx and MkDocs tabs do, and so does GitBook's
 *       {@code {% tab title="macOS" %}} and Markdoc's {@code {% tab label="Node" %}}; GitBook's
 *       {@code {% hint style="warning" %}} leads its body with "Warning:", and Markdoc's
 *       {@code {% callout type="warning" title="Verify signatures" %}} with "Warning: Verify signatures");</li>
 *   <li>comments: {@code {# ... #}}, HTML {@code <!-- ... -->};</li>
 *   <li>includes that cannot be resolved here: {@code {% include "x.md" %}} (a tag), MkDocs snippets
 *       {@code --8<-- "file"} and named placeholders {@code %%-input-timeout-%%} (Playwright's API
 *       reference: {@code ### option: Locator.click.timeout = %%-input-timeout-%%}, the "=" with it), VitePress's
 *       code imports {@code <<< @/snippets/config.js{2}} and FastAPI's {@code {* ../../docs_src/x.py hl[3] *}}, whose
 *       files lie outside the docs (and markdown-include's, {@link MarkdownIncludes});</li>
 *   <li>markers where a generator writes the page's table of contents: {@code [[toc]]}, {@code [TOC]}.</li>
 * </ul>
 * Removed markup becomes {@link #GONE}, so that a line left holding nothing else can be dropped.
 */
final class TemplateTags {

    /** Where markup was removed. */
    static final char GONE = '\uE002';

    private static final DelimitedMarkup RAW = DelimitedMarkup.of(
            Pattern.compile("\\{%-?\\s*raw\\s*-?%}(.*?)\\{%-?\\s*endraw\\s*-?%}", Pattern.DOTALL), "\\{%-?\\s*endraw\\s*-?%}");
    private static final DelimitedMarkup LIQUID_COMMENT = DelimitedMarkup.of(
            Pattern.compile("\\{%-?\\s*comment\\s*-?%}.*?\\{%-?\\s*endcomment\\s*-?%}", Pattern.DOTALL), "\\{%-?\\s*endcomment\\s*-?%}");
    // "{#" then a space or "-": a kramdown heading id such as {#setup} is not a comment.
    private static final DelimitedMarkup TEMPLATE_COMMENT = DelimitedMarkup.of(Pattern.compile("\\{#[\\s-].*?#}", Pattern.DOTALL), "#}");
    private static final DelimitedMarkup HTML_COMMENT = DelimitedMarkup.of(Pattern.compile("<!--.*?-->", Pattern.DOTALL), "-->");
    private static final Pattern HUGO_TAB = Pattern.compile(
            "\\{\\{[<%]\\s*tab\\s+(?:(?:name|header|title)\\s*=\\s*)?\"([^\"\\n]+)\"[^\\n]*?[>%]}}");
    /** GitBook's tabs and hints: {@code {% tab title="macOS" %}}, {@code {% hint style="warning" %}}; Markdoc's {@code {% tab label="Node" %}}. */
    private static final Pattern GITBOOK_TAB = Pattern.compile("\\{%-?\\s*tab\\s+(?:title|label)\\s*=\\s*\"([^\"\\n]+)\"[^%\\n]*%}");
    /**
     * Markdoc's {@code {% callout type="warning" title="Verify signatures" %}} and Eleventy's {@code {% callout "warning" %}};
     * a callout without a type is a note.
     */
    private static final Pattern MARKDOC_CALLOUT = Pattern.compile("\\{%-?\\s*callout\\b([^%\\n]*)%}");
    /** Markdoc's {@code type="warning"}, or an Eleventy shortcode's first argument, {@code {% callout "warning" %}}. */
    private static final Pattern CALLOUT_TYPE = Pattern.compile("\\btype\\s*=\\s*\"(\\w+)\"|^\\s*[\"'](\\w+)[\"']");
    private static final Pattern CALLOUT_TITLE = Pattern.compile("\\btitle\\s*=\\s*\"([^\"\\n]+)\"");
    private static final Pattern GITBOOK_HINT = Pattern.compile("\\{%-?\\s*hint\\s+style\\s*=\\s*\"(\\w+)\"[^%\\n]*%}");
    /**
     * A Hugo theme's callout shortcode: {@code {{< note >}}} (Hugo's and Kubernetes' docs), {@code {{% warning %}}},
     * {@code {{% notice tip %}}} (Learn, Relearn: {@code style="warning" title="..."}), Docsy's
     * {@code {{< alert title="Note" color="warning" >}}}; one of no kind a callout names is a note.
     */
    private static final Pattern HUGO_CALLOUT = Pattern.compile(
            "\\{\\{([<%])-?\\s*(note|tip|info|warning|caution|important|danger|alert|notice|callout|admonition|hint)(?![\\w-])([^\\n]*?)-?[>%]}}");
    /** The kind a callout shortcode names: {@code style="warning"}, {@code color="warning"}, or its first argument ({@code notice tip}). */
    private static final Pattern SHORTCODE_KIND = Pattern.compile("\\b(?:type|style|color|kind)\\s*=\\s*\"(\\w+)\"|^\\s*\"?(\\w+)\"?(?:\\s|$)");
    // Before tags: "{{% notice %}}" holds "{% notice %}".
    private static final DelimitedMarkup HUGO_SHORTCODE = DelimitedMarkup.of(
            Pattern.compile("\\{\\{<.*?>}}|\\{\\{%.*?%}}", Pattern.DOTALL), ">}}|%}}");
    /** Taken in runs, possessively: a character at a time, a long {@code {%} that nothing closed overflowed the stack. */
    private static final DelimitedMarkup TAG = DelimitedMarkup.of(Pattern.compile("\\{%(?:[^%]++|%(?!}))*+%}"), "%}");
    private static final Pattern SNIPPETS_BLOCK = Pattern.compile("(?ms)^[ \\t]*-{2,}8<-{2,}[ \\t]*\\n.*?^[ \\t]*-{2,}8<-{2,}[ \\t]*$");
    private static final Pattern SNIPPET = Pattern.compile("(?m)^[ \\t]*;?-{2,}8<-{2,}.*$");
    private static final Pattern CODE_IMPORT = Pattern.compile("(?m)^[ \\t]*(?:<<<[ \\t]+\\S.*|\\{\\*[ \\t].*\\*}[ \\t]*)$");
    private static final Pattern TOC_MARKER = Pattern.compile("(?mi)^[ \\t]*(?:\\[\\[toc]]|\\[TOC])[ \\t]*$");
    /** The "=" before it from where its spaces start: tried from within a long run of spaces, it took a time that grew with the run's square. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?:(?<![ \\t])[ \\t]*=[ \\t]*)?%%-[\\w.-]+-%%");

    private TemplateTags() {
    }

    static String remove(String text, CodeShield shield) {
        String cleaned = RAW.replaceAll(text, m -> Matcher.quoteReplacement(shield.hide(m.group(1))));
        cleaned = HUGO_TAB.matcher(cleaned).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        cleaned = GITBOOK_TAB.matcher(cleaned).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        cleaned = GITBOOK_HINT.matcher(cleaned).replaceAll(m -> Matcher.quoteReplacement(
                Admonitions.label(m.group(1)).map(label -> label + ":").orElse(String.valueOf(GONE))));
        cleaned = MARKDOC_CALLOUT.matcher(cleaned).replaceAll(m -> Matcher.quoteReplacement(markdocCallout(m.group(1))));
        String withCallouts = cleaned;
        cleaned = HUGO_CALLOUT.matcher(withCallouts).replaceAll(m -> Matcher.quoteReplacement(hugoCallout(m.group(2), m.group(3))
                + (m.end() < withCallouts.length() && !Character.isWhitespace(withCallouts.charAt(m.end())) ? " " : "")));
        for (DelimitedMarkup markup : List.of(LIQUID_COMMENT, TEMPLATE_COMMENT, HTML_COMMENT, HUGO_SHORTCODE, TAG)) {
            cleaned = markup.replaceAll(cleaned, String.valueOf(GONE));
        }
        for (Pattern markup : List.of(SNIPPETS_BLOCK, SNIPPET, CODE_IMPORT, TOC_MARKER, PLACEHOLDER)) {
            cleaned = markup.matcher(cleaned).replaceAll(String.valueOf(GONE));
        }
        return removeExpressions(cleaned);
    }

    /** "Warning: Verify signatures" for a callout's attributes; "Note:" for none. */
    private static String markdocCallout(String attributes) {
        Matcher type = CALLOUT_TYPE.matcher(attributes);
        String kind = type.find() ? (type.group(1) != null ? type.group(1) : type.group(2)) : "note";
        return titled(Admonitions.label(kind).orElse("Note"), attributes);
    }

    /** "Warning: Title" for {@code {{< alert title="Title" color="warning" >}}}; "Note:" for {@code {{< note >}}}. */
    private static String hugoCallout(String shortcode, String arguments) {
        Matcher kind = SHORTCODE_KIND.matcher(arguments);
        Optional<String> label = Optional.empty();
        if (kind.find()) {
            label = kind.group(1) != null ? Admonitions.label(kind.group(1))
                    : Admonitions.label(shortcode).or(() -> Admonitions.label(kind.group(2)));
        }
        return titled(label.or(() -> Admonitions.label(shortcode)).orElse("Note"), arguments);
    }

    /** "Warning: Verify signatures" when the attributes give a title, "Warning:" when they do not. */
    private static String titled(String label, String attributes) {
        Matcher title = CALLOUT_TITLE.matcher(attributes);
        return title.find() ? label + ": " + title.group(1).strip() : label + ":";
    }

    /**
     * {@code {{ ... }}} ends where its braces balance: {@code {{ npm_tabs({ packages: ["eslint"] }) }}} is one
     * expression. One that never closes is left alone rather than taking the rest of the page with it.
     */
    private static String removeExpressions(String text) {
        int[] closing = null;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = text.indexOf("{{", i);
            if (open >= 0 && closing == null) {
                closing = BalancedBraces.closings(text, "");
            }
            int close = open < 0 ? -1 : closing[open];
            if (close < 0) {
                int upTo = open < 0 ? text.length() : open + 2;
                out.append(text, i, upTo);
                if (open < 0) {
                    return out.toString();
                }
                i = upTo;
                continue;
            }
            out.append(text, i, open).append(GONE);
            i = close + 1;
        }
    }
}
