package dev.docent.indexer.parse;

/** Turns a document's bytes into its title and sections. */
public interface DocumentParser {

    /**
     * @param fallbackTitle used when the document does not name itself (e.g. its file name)
     */
    ParsedDocument parse(byte[] content, String fallbackTitle) throws UnreadableDocumentException;
}
