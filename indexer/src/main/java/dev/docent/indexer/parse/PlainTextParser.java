package dev.docent.indexer.parse;

import java.util.List;

/** A text file is one untitled section; its title is the file's name. */
public final class PlainTextParser implements DocumentParser {

    @Override
    public ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException {
        String text = Utf8Text.decode(content).strip();
        return new ParsedDocument(fallbackTitle, text.isEmpty() ? List.of() : List.of(new Section(List.of(), "", text)));
    }
}
