package dev.docent.indexer.parse;

/** A document that cannot be turned into text; the indexer reports it and goes on with the others. */
public class UnreadableDocumentException extends Exception {

    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
