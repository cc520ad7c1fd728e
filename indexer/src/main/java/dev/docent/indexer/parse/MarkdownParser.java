package dev.docent.indexer.parse;

import dev.docent.core.index.InlineCode;
import dev.docent.indexer.parse.markup.AttributeLists;
import dev.docent.indexer.parse.markup.DelimitedMarkup;
import dev.docent.indexer.parse.markup.InlineCodeSpans;
import dev.docent.indexer.parse.markup.SiteMarkup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Splits a Markdown page at its headings. The page's title is its front matter {@code title}, else
 * its first level-1 heading; every other heading opens a section that remembers its path
 * ("Webhooks > Retries") and anchor. Each block keeps its original Markdown - lists, tables and
 * code stay readable for quoting - and code blocks and tables are marked so they are not cut.
 * Site generators' markup (templates, admonitions, MDX) is cleaned out first, see {@link SiteMarkup};
 * HTML written into the page is read as {@link HtmlParser} reads a page's content.
 * A heading's explicit id ({@code ## Setup {#install}}, {@code ## Setup { #install .new }}) is its anchor.
 * A block quote's blocks are read without their {@code >} markers; reference-style links ({@code [no-cycle]} with
 * {@code [no-cycle]: ./no-cycle.md} further down) read as links, and their definitions are not text.
 */
public final class MarkdownParser implements DocumentParser {

    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    /**
     * MDX has no indented code blocks: text indented inside {@code <Tabs>} is text. The other block types are tried
     * in CommonMark's own order: the parser tries them in the order given, and a {@code Set.of}'s order changes
     * from one run to the next, so a line two of them could start ("---" under a paragraph) read differently
     * from one indexing to the next.
     */
    private static final Parser MDX = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .enabledBlockTypes(new LinkedHashSet<>(List.of(BlockQuote.class, Heading.class, FencedCodeBlock.class,
                    HtmlBlock.class, ThematicBreak.class, ListBlock.class)))
            .build();
    /**
     * {@code [text][label]}, {@code [text][]} or {@code [label]} not followed by a destination. Its text is taken a line
     * at a time, possessively: taken a character at a time, a long paragraph after an unclosed {@code [} overflowed the stack.
     */
    private static final DelimitedMarkup REFERENCE_LINK = DelimitedMarkup.of(Pattern.compile(
            "(!?)\\[((?:[^\\]\\n]++|\\n(?![ \\t]*\\n))++)](?:\\[([^\\]\\n]*)]|(?![(:\\[]))"), "](?s:.)?");
    /**
     * A code span in brackets with no link defined for it is a cross-reference that the site's own
     * generator resolves: rustdoc's {@code [`Vec::push`]} and {@code [`struct@Foo`]}, Playwright's
     * {@code [`method: Locator.click`]}. Its reader sees the name as code, so that is what is kept.
     */
    private static final Pattern CROSS_REFERENCE = Pattern.compile(
            "\\[`(?:(?:method|property|event|param|option|class|struct|enum|fn|trait|mod|type|macro|const|static)\\s*[:@]\\s*)?"
                    + "([^`\\s]+)`]");
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\R[ \\t]*");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private final SiteMarkup markup;
    private final Parser parser;

    /** For {@code .md} and {@code .markdown} pages. */
    public MarkdownParser() {
        this(SiteMarkup.markdown(), MARKDOWN);
    }

    private MarkdownParser(SiteMarkup markup, Parser parser) {
        this.markup = markup;
        this.parser = parser;
    }

    /** For {@code .mdx} pages. */
    public static MarkdownParser mdx() {
        return new MarkdownParser(SiteMarkup.mdx(), MDX);
    }

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        FrontMatter front = FrontMatter.split(Utf8Text.decode(content));
        String markdown = markup.clean(front.body());
        String[] lines = markdown.split("\\R", -1);
        Node document = parser.parse(UnclosedAngleBrackets.forParsing(markdown));

        String title = front.title();
        boolean titleFromHeading = false;
        boolean sectionHeadingSeen = false;
        Map<String, String> references = linkReferences(document);
        SectionBuilder sections = new SectionBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                AttributeLists.Heading attributed = AttributeLists.heading(headingText(heading));
                String headingText = attributed.text();
                String anchor = attributed.id().orElse(null);
                if (!titleFromHeading && heading.getLevel() == 1 && sections.isEmpty()
                        && (title == null || bare(title).equals(bare(headingText)))) {
                    title = title == null ? headingText : title;
                    titleFromHeading = true;
                    continue;
                }
                // A page that opens with its own name at level 2 ("Plugins.md": "## Plugins") is not a section of itself.
                if (!sectionHeadingSeen && bare(headingText).equalsIgnoreCase(bare(title == null ? fallbackTitle : title))) {
                    title = title == null ? headingText : title;
                    sectionHeadingSeen = true;
                    continue;
                }
                sectionHeadingSeen = true;
                sections.heading(heading.getLevel(), headingText, anchor);
            } else {
                addBlocks(node, lines, references, sections);
            }
        }
        return new ParsedDocument(title == null || title.isBlank() ? fallbackTitle : title, front.url(), front.description(),
                sections.sections());
    }

    private static void addBlocks(Node node, String[] lines, Map<String, String> references, SectionBuilder sections) {
        if (node instanceof BlockQuote quote) {
            for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                addBlocks(child, lines, references, sections);
            }
        } else if (node instanceof Heading quoted) {
            // Only a quote holds a heading here; it titles the quote ("> ## Note"), its marks are not words, and nor is
            // the class ExDoc's callouts give it ("> #### Warning {: .warning}").
            sections.block(AttributeLists.heading(headingText(quoted)).text(), TextBlock.Kind.PROSE);
        } else if (node instanceof Block block && !(node instanceof LinkReferenceDefinition)) {
            String raw = source(block, lines);
            if (block instanceof ListBlock && NavigationLists.isPageContents(raw) || block instanceof Paragraph && isOnlyImages(block)) {
                return;
            }
            List<TextBlock> html = block instanceof HtmlBlock ? HtmlParser.blocksOf(raw) : List.of();
            if (!html.isEmpty()) {
                html.forEach(b -> sections.block(b.text(), b.kind()));
                return;
            }
            if (block instanceof ListBlock list && addListAroundItsCode(list, lines, references, sections)) {
                return;
            }
            TextBlock.Kind kind = kindOf(block, raw);
            if (!(block instanceof HtmlBlock) || hasVisibleText(raw)) {
                sections.block(kind == TextBlock.Kind.CODE ? raw : prose(raw, references), kind);
            }
        }
    }

    /**
     * A list whose steps hold fenced code ("5. Add the following code to `index.ts`" and a 40-line
     * example) is added as its text up to each example, the example as code, and the text after it:
     * read whole as the list's text, its examples were cut between lines like sentences, and a part
     * without its fence was quoted as prose ("// export plugin using fastify-plugin export default
     * fp(...)"). Whether there was code to add around.
     */
    private static boolean addListAroundItsCode(ListBlock list, String[] lines, Map<String, String> references,
                                                SectionBuilder sections) {
        List<FencedCodeBlock> examples = new ArrayList<>();
        list.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock code) {
                examples.add(code);
            }
        });
        if (examples.isEmpty()) {
            return false;
        }
        List<SourceSpan> spans = list.getSourceSpans();
        int next = 0;
        for (FencedCodeBlock example : examples) {
            List<SourceSpan> codeSpans = example.getSourceSpans();
            int first = codeSpans.getFirst().getLineIndex();
            int last = codeSpans.getLast().getLineIndex();
            next = addListText(spans, next, first, lines, references, sections);
            sections.block(source(example, lines), TextBlock.Kind.CODE);
            while (next < spans.size() && spans.get(next).getLineIndex() <= last) {
                next++;
            }
        }
        addListText(spans, next, Integer.MAX_VALUE, lines, references, sections);
        return true;
    }

    /** Adds the list's lines from span {@code from} up to (not including) line {@code untilLine}; the index of the span after them. */
    private static int addListText(List<SourceSpan> spans, int from, int untilLine, String[] lines, Map<String, String> references,
                                   SectionBuilder sections) {
        int to = from;
        while (to < spans.size() && spans.get(to).getLineIndex() < untilLine) {
            to++;
        }
        String text = source(spans.subList(from, to), lines);
        if (!text.isBlank()) {
            sections.block(prose(text, references), TextBlock.Kind.PROSE);
        }
        return to;
    }

    /**
     * A heading's words with its code spans still in backticks, as the page's text keeps them: a plain
     * text renderer quotes them instead ({@code "MD013" - Line length}), and inline HTML (an
     * {@code <a name>} anchor) is markup, not words.
     */
    private static String headingText(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text words) {
                text.append(words.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(InlineCode.of(code.getLiteral()));
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                text.append(' ');
            }
        });
        return WHITESPACE_RUN.matcher(text).replaceAll(" ").strip();
    }

    /** A name without the backticks of its code spans: front matter writes {@code no-unused-vars}, the heading {@code `no-unused-vars`}. */
    private static String bare(String name) {
        return name.replace("`", "");
    }

    /** The page's link reference definitions, by normalised label. */
    private static Map<String, String> linkReferences(Node document) {
        Map<String, String> references = new HashMap<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof LinkReferenceDefinition definition) {
                references.putIfAbsent(label(definition.getLabel()), definition.getDestination());
            }
        }
        return references;
    }

    /** Prose as its reader sees it: its links ({@link #withInlineLinks}) and its character references read. */
    private static String prose(String raw, Map<String, String> references) {
        return CharacterReferences.decoded(withInlineLinks(raw, references));
    }

    /**
     * Reference-style links spelled as inline links, so that they read as their text wherever links do,
     * one whose label the page does not define as its text, and cross-references that name no link as
     * the code they show.
     */
    private static String withInlineLinks(String raw, Map<String, String> references) {
        if (raw.indexOf('[') < 0) {
            return raw;
        }
        InlineCodeSpans code = InlineCodeSpans.of(raw);
        return REFERENCE_LINK.replaceAll(raw, link -> {
            String text = LINE_BREAK.matcher(link.group(2)).replaceAll(" ");
            String label = link.group(3) == null || link.group(3).isEmpty() ? text : link.group(3);
            String destination = references.get(label(label));
            if (destination != null) {
                return Matcher.quoteReplacement(link.group(1) + "[" + text + "](" + destination + ")");
            }
            if (link.group(3) != null && link.group(1).isEmpty() && !code.covers(link.start()) && followsNoName(raw, link.start())) {
                return Matcher.quoteReplacement(text);
            }
            Matcher crossReference = CROSS_REFERENCE.matcher(link.group());
            // "``[`prop${a}`]``" and "`[` or `]`" are code that holds brackets, not a cross-reference.
            boolean standsAlone = link.start() == 0 || raw.charAt(link.start() - 1) != '`';
            return Matcher.quoteReplacement(crossReference.matches() && standsAlone
                    ? "`" + crossReference.group(1) + "`" : link.group());
        });
    }

    /**
     * Whether the brackets at {@code start} open a link rather than index something before them
     * ({@code matrix[i][j]}, {@code rows()[0][1]}) in prose: a reference link with no definition on the page
     * ({@code [`BaseModel`][pydantic.main.BaseModel]}, {@code [`int`][]}) is mkdocs-autorefs' (or
     * rustdoc's) link to an API entry that the site resolves, and its reader sees only its text.
     */
    private static boolean followsNoName(String raw, int start) {
        if (start == 0) {
            return true;
        }
        char before = raw.charAt(start - 1);
        return !Character.isLetterOrDigit(before) && "_])".indexOf(before) < 0;
    }

    private static String label(String label) {
        return WHITESPACE_RUN.matcher(label.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * A paragraph of images, or of links around images, shows pictures: a README's badges
     * ("[![PyPI version](badge.svg)](https://pypi.org/...)") or a screenshot. Their alt text is no
     * sentence, and quoted it answered "How do I install Playwright with pip?" with "PyPI version".
     */
    private static boolean isOnlyImages(Node paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            boolean picture = child instanceof Image || child instanceof Link link && link.getFirstChild() instanceof Image
                    && link.getFirstChild() == link.getLastChild();
            boolean between = child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || child instanceof Text text && text.getLiteral().isBlank();
            if (!picture && !between) {
                return false;
            }
        }
        return true;
    }

    /** What a template left of an HTML block ({@code <h2 id=""></h2>}, an empty {@code <nav>}) is not worth a passage. */
    private static boolean hasVisibleText(String html) {
        return !Jsoup.parseBodyFragment(html).text().isBlank();
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

    /** The block's own lines. Blank lines inside it have no span, but a code example needs them. */
    private static String source(Block block, String[] lines) {
        return source(block.getSourceSpans(), lines);
    }

    private static String source(List<SourceSpan> spans, String[] lines) {
        StringBuilder raw = new StringBuilder();
        int previous = -1;
        for (SourceSpan span : spans) {
            if (!raw.isEmpty()) {
                raw.append("\n".repeat(Math.max(1, span.getLineIndex() - previous)));
            }
            previous = span.getLineIndex();
            String line = lines[span.getLineIndex()];
            int from = Math.min(span.getColumnIndex(), line.length());
            raw.append(line, from, Math.min(from + span.getLength(), line.length()));
        }
        return raw.toString();
    }
}
