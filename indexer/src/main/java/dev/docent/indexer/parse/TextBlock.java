package dev.docent.indexer.parse;

/**
 * One block of a section in reading order: prose (paragraphs, lists, quotes), a code block or a
 * table. Code blocks and tables are kept whole by the chunker whenever they fit in a chunk.
 */
public record TextBlock(String text, Kind kind) {

    public enum Kind { PROSE, CODE, TABLE }

    public static TextBlock prose(String text) {
        return new TextBlock(text, Kind.PROSE);
    }

    public boolean keepWhole() {
        return kind != Kind.PROSE;
    }
}
