package dev.docent.indexer.parse;

import java.util.List;

/** A document reduced to its title and its sections, in reading order. */
public record ParsedDocument(String title, List<Section> sections) {

    public ParsedDocument {
        sections = List.copyOf(sections);
    }
}
