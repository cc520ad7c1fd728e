package dev.docent.indexer.parse;

import java.util.List;

/**
 * A text file is one untitled section; its title is the file's name. One written in AsciiDoc (git's
 * manual pages) or reStructuredText (a Sphinx project's {@code .txt} sources) is read as such.
 */
public final class PlainTextParser implements DocumentParser {

    private final AsciiDocParser asciiDoc = new AsciiDocParser();
    private final RestructuredTextParser restructuredText = new RestructuredTextParser();

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String decoded = Utf8Text.decode(content);
        String text = decoded.strip();
        if (AsciiDocParser.isWrittenIn(text)) {
            return asciiDoc.parse(decoded, fallbackTitle);
        }
        if (RestructuredTextParser.isWrittenIn(text)) {
            return restructuredText.parse(decoded, fallbackTitle);
        }
        return new ParsedDocument(fallbackTitle, text.isEmpty() ? List.of() : List.of(new Section(List.of(), "", text)));
    }
}
