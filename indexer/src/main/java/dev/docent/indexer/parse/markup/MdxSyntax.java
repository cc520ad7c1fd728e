package dev.docent.indexer.parse.markup;

import java.util.ArrayList;
import java.util.List;
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

    private MdxSyntax() {
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
