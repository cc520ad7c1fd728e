package dev.docent.indexer.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Splits a Markdown page at its headings. The first level-1 heading is the page title; every
 * other heading opens a section that remembers its path ("Webhooks > Retries") and anchor. Each
 * section keeps its blocks' original Markdown - lists, tables and code stay readable for quoting.
 */
public final class MarkdownParser implements DocumentParser {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String markdown = withoutFrontMatter(Utf8Text.decode(content));
        String[] lines = markdown.split("\\R", -1);
        Node document = PARSER.parse(markdown);

        String title = null;
        Deque<Heading> path = new ArrayDeque<>();
        HeadingAnchors anchors = new HeadingAnchors();
        List<Section> sections = new ArrayList<>();
        List<String> currentHeadings = List.of();
        String currentAnchor = "";
        StringBuilder text = new StringBuilder();

        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                String headingText = PLAIN.render(heading).strip();
                if (title == null && heading.getLevel() == 1 && sections.isEmpty() && text.isEmpty()) {
                    title = headingText;
                    continue;
                }
                addSection(sections, currentHeadings, currentAnchor, text);
                while (!path.isEmpty() && path.peekLast().getLevel() >= heading.getLevel()) {
                    path.removeLast();
                }
                path.addLast(heading);
                currentHeadings = path.stream().map(h -> PLAIN.render(h).strip()).toList();
                currentAnchor = anchors.next(headingText);
            } else if (node instanceof Block block) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(source(block, lines));
            }
        }
        addSection(sections, currentHeadings, currentAnchor, text);
        return new ParsedDocument(title == null || title.isBlank() ? fallbackTitle : title, sections);
    }

    private static void addSection(List<Section> sections, List<String> headings, String anchor, StringBuilder text) {
        String body = text.toString().strip();
        text.setLength(0);
        if (!body.isEmpty()) {
            sections.add(new Section(headings, anchor, body));
        }
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

    /** YAML front matter is metadata, not content: it must not be indexed as text. */
    private static String withoutFrontMatter(String markdown) {
        if (!markdown.startsWith("---")) {
            return markdown;
        }
        String[] lines = markdown.split("\\R", -1);
        if (!lines[0].strip().equals("---")) {
            return markdown;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
            }
        }
        return markdown;
    }
}
