package dev.docent.indexer.parse;

import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Code shown with line numbers is still one code block. Highlighters number lines in a gutter
 * beside the code: Pygments (Sphinx, MkDocs) and Chroma (Hugo) in a table of two cells, Rouge
 * (Jekyll) likewise, highlight.js' line-number plugin in a table row per line, or in a span before
 * each line. Read as a table, mkdocstrings' listings were quoted as answers ("174 175 176 ... def
 * init_poolmanager(self, connections, ..."); the numbers are dropped and the code is a code block.
 */
final class CodeListings {

    /** The gutters: Pygments' cell and inline spans, Chroma's, Rouge's, highlight.js' plugin's. */
    private static final String LINE_NUMBERS = "td.linenos, span.linenos, td.lntd:has(> pre > code > span.lnt), "
            + "pre.chroma span.ln, td.rouge-gutter, td.hljs-ln-numbers";
    private static final String NUMBERED_LISTING = "table.highlighttable, table.lntable, table.rouge-table";
    private static final String LINE_PER_ROW = "table.hljs-ln";

    private CodeListings() {
    }

    static void numbersRemovedFrom(Element main) {
        for (Element table : main.select(LINE_PER_ROW)) {
            String code = table.select("td.hljs-ln-code").stream().map(Element::wholeText)
                    .collect(Collectors.joining("\n"));
            // The plugin writes its table inside the listing's <pre>, one line per row.
            table.replaceWith(new TextNode(code));
        }
        main.select(LINE_NUMBERS).remove();
        for (Element table : main.select(NUMBERED_LISTING)) {
            Elements code = table.select("pre");
            if (code.size() == 1) {
                table.replaceWith(code.first());
            }
        }
    }
}
