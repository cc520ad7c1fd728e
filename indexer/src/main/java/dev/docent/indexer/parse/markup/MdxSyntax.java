package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes MDX's JavaScript and JSX, keeping the text between the tags: ESM blocks
 * ({@code import Tabs from '@theme/Tabs';}, {@code export const meta = {...}}, from a line that starts
 * with them at the start of a block up to the next blank line), comments (a slash-star comment in braces), and
 * component tags ({@code <Tabs>}, {@code <TabItem value="py">}, {@code <Note />}: capitalised, unlike HTML).
 * Docusaurus reads plain {@code .md} pages as MDX too, so ESM blocks, comments and lines holding only
 * component tags are removed from every Markdown page; component tags inside a line only from
 * {@code .mdx} pages, where they cannot be prose such as {@code List<String>}. So are an {@code .mdx} page's
 * expressions that only name a value ({@code <CodeBlock language="jsx">{MyComponentSource}</CodeBlock>}, the
 * source a Docusaurus page imports through a loader, when the file is not in the docs - one that is, the
 * indexer reads in as code first): what they show is not in the page, and their names were left as text.
 */
final class MdxSyntax {

    private static final Pattern ESM = Pattern.compile(
            "^(?:import\\s*(?:[\\w$]+\\s*(?:,|from\\b)|[{*'\"])|export\\s+(?:const|let|var|function|class|default|async)\\b|export\\s*[{*])");
    private static final DelimitedMarkup COMMENT = DelimitedMarkup.of(Pattern.compile("\\{/\\*.*?\\*/}", Pattern.DOTALL), "\\*/}");
    /** Attribute text is taken in runs, possessively: a character at a time, a tag thousands of characters long overflowed the stack. */
    private static final String TAG = "</?[A-Z][\\w.]*(?:\\s(?:[^<>{}]++|\\{[^{}]*+})*)?/?>";
    private static final Pattern COMPONENT = Pattern.compile(TAG + "|</?>");
    private static final Pattern NAMED_VALUE = Pattern.compile("\\{[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*}");
    private static final Pattern COMPONENT_LINE = Pattern.compile("(?m)^[ \\t]*(?:" + TAG + "[ \\t]*)+$");

    /** A fence opened four spaces or more in: code inside a component ({@code <TabItem>}, a package manager's tab). */
    private static final Pattern DEEP_FENCE = Pattern.compile("^([ \\t]{4,})(`{3,}|~{3,})");

    /** Docusaurus' fence whose body is MDX to render, not code to show. */
    private static final Pattern MDX_CODE_BLOCK = Pattern.compile("^\\s*(?:`{3,}|~{3,})\\s*mdx-code-block\\s*$");

    private MdxSyntax() {
    }

    /**
     * Docusaurus' {@code mdx-code-block} fences without their fence lines: their body is MDX the site renders
     * ({@code <Tabs>}, {@code <TabItem value="Ejecting">}, {@code <details>} with its summary, {@code <APITable>}
     * around an options table), which was read as code examples made of tags. On {@code .md} pages too, which
     * Docusaurus renders the same way.
     */
    static List<String> mdxCodeBlocksUnwrapped(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        FenceTracker fences = new FenceTracker();
        boolean mdxBody = false;
        for (String line : lines) {
            boolean opens = !fences.isOpen() && MDX_CODE_BLOCK.matcher(line).matches();
            fences.isCode(line);
            if (opens) {
                mdxBody = true;
            } else if (mdxBody && !fences.isOpen()) {
                mdxBody = false;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * An {@code .mdx} page's fences without the indentation of the components they sit in. MDX has no indented
     * code, so a fence may open at any depth, and Astro's and Starlight's pages put every install command four
     * spaces into a tab; CommonMark opens a fence at three spaces at most, and read such a command as a paragraph,
     * its fence markers as text.
     */
    static List<String> fencesDedented(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        FenceTracker fences = new FenceTracker();
        String indent = "";
        for (String line : lines) {
            boolean opening = !fences.isOpen();
            boolean code = fences.isCode(line);
            Matcher deep;
            if (code && opening && (deep = DEEP_FENCE.matcher(line)).lookingAt()) {
                indent = deep.group(1);
            }
            out.add(code && !indent.isEmpty() ? withoutIndent(line, indent) : line);
            if (!fences.isOpen()) {
                indent = "";
            }
        }
        return out;
    }

    /** The line without as much of the fence's indentation as it has. */
    private static String withoutIndent(String line, String indent) {
        int i = 0;
        while (i < indent.length() && i < line.length() && line.charAt(i) == indent.charAt(i)) {
            i++;
        }
        return line.substring(i);
    }

    static String remove(String text, boolean mdxPage) {
        String gone = String.valueOf(TemplateTags.GONE);
        String cleaned = COMMENT.replaceAll(withoutEsm(text), gone);
        if (!mdxPage) {
            return COMPONENT_LINE.matcher(cleaned).replaceAll(gone);
        }
        return NAMED_VALUE.matcher(COMPONENT.matcher(cleaned).replaceAll(gone)).replaceAll(gone);
    }

    private static String withoutEsm(String text) {
        List<String> out = new ArrayList<>();
        boolean blockStart = true;
        boolean inEsm = false;
        for (String line : text.split("\n", -1)) {
            if (inEsm && !line.isBlank()) {
                continue;
            }
            inEsm = blockStart && ESM.matcher(line).lookingAt();
            if (!inEsm) {
                out.add(line);
            }
            blockStart = line.isBlank();
        }
        return String.join("\n", out);
    }
}
