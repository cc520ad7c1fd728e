package dev.docent.indexer.parse;

import java.util.List;

/**
 * A stretch of a document under one heading path (top-level heading first, the page title
 * excluded), its text in light Markdown, and the anchor of its heading ("" for the top of the page).
 */
public record Section(List<String> headings, String anchor, String text) {

    public Section {
        headings = List.copyOf(headings);
    }
}
