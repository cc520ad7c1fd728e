package dev.docent.indexer.parse;

import java.util.List;

/**
 * A document reduced to its title and its sections, in reading order.
 *
 * @param url         the page's own published URL when the document names one (front matter {@code url},
 *                    an HTML canonical link), else null and the source's URL is used
 * @param description what the page says it is about (front matter {@code description} or {@code summary},
 *                    an AsciiDoc {@code :description:}), or null
 */
public record ParsedDocument(String title, String url, String description, List<Section> sections) {

    public ParsedDocument {
        sections = List.copyOf(sections);
    }

    public ParsedDocument(String title, String url, List<Section> sections) {
        this(title, url, null, sections);
    }

    public ParsedDocument(String title, List<Section> sections) {
        this(title, null, null, sections);
    }

    /** The same page under the name its source gives it, or as it is when the source gives none. */
    public ParsedDocument titled(String name) {
        return name == null || name.isBlank() ? this : new ParsedDocument(name, url, description, sections);
    }
}
