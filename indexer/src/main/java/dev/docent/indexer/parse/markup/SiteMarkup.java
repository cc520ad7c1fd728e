package dev.docent.indexer.parse.markup;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cleans the markup that site generators add to Markdown sources, keeping what the published page
 * says: Eleventy/Nunjucks, Jekyll/Liquid and Hugo templates, admonition containers (VuePress,
 * Docusaurus, MkDocs, GitHub alerts, Pandoc's fenced divs), Quarto's and R Markdown's code cells, MyST directives
 * and roles (Sphinx), MDC components (Nuxt Content), Retype's blocks, MDX (the titles, field names
 * and callout kinds its components carry lead their bodies), HTML comments, attribute lists,
 * Material for MkDocs' icons and abbreviations, unresolvable includes, and the frame of a Confluence export
 * converted to Markdown. Without it
 * {@code ::: tip} and {@code {%- from "x" import y %}} end up in the index and in quoted answers.
 * Fenced code and inline code are never touched: markup inside code is content.
 */
public final class SiteMarkup {

    private final boolean mdx;

    private SiteMarkup(boolean mdx) {
        this.mdx = mdx;
    }

    /** For {@code .md} pages, whichever generator they are written for. */
    public static SiteMarkup markdown() {
        return new SiteMarkup(false);
    }

    /** For {@code .mdx} pages: Markdown plus JSX components anywhere in the text. */
    public static SiteMarkup mdx() {
        return new SiteMarkup(true);
    }

    /**
     * The template markup of an HTML page written for a generator (a Jekyll or Hugo page with front
     * matter): Liquid's and Hugo's tags, expressions and shortcodes, as in a Markdown page.
     */
    public static String templatesRemovedFrom(String html) {
        CodeShield shield = new CodeShield();
        return shield.restore(withoutEmptiedLines(TemplateTags.remove(html, shield)));
    }

    public String clean(String markdown) {
        List<String> lines = MdxSyntax.mdxCodeBlocksUnwrapped(Arrays.asList(markdown.split("\\R", -1)));
        if (mdx) {
            lines = MdxSyntax.fencesDedented(lines);
        }
        lines = ConfluenceMarkdown.withoutFrame(lines);
        lines = ExecutableCells.toFences(lines);
        lines = PandocDivs.toContainers(lines);
        lines = MystDirectives.unwrap(lines);
        lines = HighlightBlocks.toFences(lines);
        lines = MarkdownIncludes.removed(lines);
        lines = AutodocDirectives.removed(lines);
        lines = MdcComponents.unwrap(lines);
        lines = RetypeBlocks.unwrap(lines);
        lines = Admonitions.unwrap(lines);
        lines = ComponentLabels.unwrap(lines);
        CodeShield shield = new CodeShield();
        String text = shield.hideInlineCode(shield.hideFences(String.join("\n", lines)));
        text = MdcComponents.inline(text);
        text = TemplateTags.remove(text, shield);
        text = MdxSyntax.remove(text, mdx);
        text = AttributeLists.removedFromLinksAndBlocks(text);
        text = PymdownInlines.read(text);
        text = PandocInlines.read(text);
        return shield.restore(withoutEmptiedLines(text));
    }

    /** A line that held only markup goes, so that a tag between two list items does not split the list. */
    private static String withoutEmptiedLines(String text) {
        String gone = String.valueOf(TemplateTags.GONE);
        return Arrays.stream(text.split("\n", -1))
                .filter(line -> !(line.contains(gone) && line.replace(gone, "").isBlank()))
                .map(line -> line.replace(gone, ""))
                .collect(Collectors.joining("\n"));
    }
}
