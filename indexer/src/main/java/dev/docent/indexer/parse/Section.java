package dev.docent.indexer.parse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stretch of a document under one heading path (top-level heading first, the page title
 * excluded), its blocks in light Markdown, and the anchor of its heading ("" for the top of the
 * page; "page=3" for a PDF page).
 */
public record Section(List<String> headings, String anchor, List<TextBlock> blocks) {

    public Section {
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
    }

    /** A section of prose only. */
    public Section(List<String> headings, String anchor, String text) {
        this(headings, anchor, List.of(TextBlock.prose(text)));
    }

    public String text() {
        return blocks.stream().map(TextBlock::text).collect(Collectors.joining("\n\n"));
    }
}
