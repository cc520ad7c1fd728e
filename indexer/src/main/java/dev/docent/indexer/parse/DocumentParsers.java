package dev.docent.indexer.parse;

import java.util.Map;
import java.util.Optional;

/** The parser for each file extension Docent reads. */
public final class DocumentParsers {

    private final Map<String, DocumentParser> byExtension;

    private DocumentParsers(Map<String, DocumentParser> byExtension) {
        this.byExtension = Map.copyOf(byExtension);
    }

    public static DocumentParsers markdownAndText() {
        MarkdownParser markdown = new MarkdownParser();
        return new DocumentParsers(Map.of("md", markdown, "markdown", markdown, "txt", new PlainTextParser()));
    }

    public Optional<DocumentParser> forExtension(String extension) {
        return Optional.ofNullable(byExtension.get(extension));
    }
}
