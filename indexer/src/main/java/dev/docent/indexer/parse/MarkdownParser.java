package dev.docent.indexer.parse;

import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Splits a Markdown page at its headings. The page's title is its front matter {@code title}, else
 * its first level-1 heading; every other heading opens a section that remembers its path
 * ("Webhooks > Retries") and anchor. Each block keeps its original Markdown - lists, tables and
 * code stay readable for quoting - and code blocks and tables are marked so they are not cut.
 */
public final class MarkdownParser implements DocumentParser {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        FrontMatter front = FrontMatter.split(Utf8Text.decode(content));
        String markdown = front.body();
        String[] lines = markdown.split("\\R", -1);
        Node document = PARSER.parse(markdown);

        String title = front.title();
        boolean titleFromHeading = false;
        SectionBuilder sections = new SectionBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                String headingText = PLAIN.render(heading).strip();
                if (!titleFromHeading && heading.getLevel() == 1 && sections.isEmpty()
                        && (title == null || title.equals(headingText))) {
                    title = headingText;
                    titleFromHeading = true;
                    continue;
                }
                sections.heading(heading.getLevel(), headingText, null);
            } else if (node instanceof Block block) {
                String raw = source(block, lines);
                sections.block(raw, kindOf(block, raw));
            }
        }
        return new ParsedDocument(title == null || title.isBlank() ? fallbackTitle : title, front.url(), front.description(),
                sections.sections());
    }

    private static TextBlock.Kind kindOf(Block block, String raw) {
        if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
            return TextBlock.Kind.CODE;
        }
        // Without the GFM tables extension a pipe table parses as a paragraph of "|" lines.
        if (block instanceof Paragraph && raw.lines().allMatch(l -> l.strip().startsWith("|"))) {
            return TextBlock.Kind.TABLE;
        }
        return TextBlock.Kind.PROSE;
    }

    private static String source(Block block, String[] lines) {
        StringBuilder raw = new StringBuilder();
        for (SourceSpan span : block.getSourceSpans()) {
            if (!raw.isEmpty()) {
                raw.append('\n');
            }
            String line = lines[span.getLineIndex()];
            int from = Math.min(span.getColumnIndex(), line.length());
            raw.append(line, from, Math.min(from + span.getLength(), line.length()));
        }
        return raw.toString();
    }
}
