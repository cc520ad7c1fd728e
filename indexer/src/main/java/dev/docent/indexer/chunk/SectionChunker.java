package dev.docent.indexer.chunk;

import dev.docent.indexer.parse.ParsedDocument;
import dev.docent.indexer.parse.Section;
import dev.docent.indexer.parse.TextBlock;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentByLineSplitter;
import dev.langchain4j.data.document.splitter.DocumentByParagraphSplitter;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Heading-aware, size-bounded chunking. A chunk never spans two sections, so every chunk has one
 * heading path and anchor to cite. Inside a section, blocks are packed into chunks of at most
 * {@code maxChars}; a chunk that follows another in the same section starts with the last sentences
 * of the one before (up to {@code overlapChars}). A code block or a table that fits in a chunk is
 * never cut, except a table of more than {@link #TABLE_ROWS} rows, whose parts of a few rows are a
 * chunk each; one that does not fit is cut between lines, each part keeping its fence or header row.
 * Prose longer than a chunk is cut between list items where it is a list ({@link ListItems}),
 * else by LangChain4j's splitters, as its recursive one does (paragraphs, lines, sentences: {@link SentencesOrWords}).
 */
public final class SectionChunker {

    private static final String SEPARATOR = "\n\n";
    /**
     * The most rows a chunk holds of a table that fits in one. Read whole, with its section's prose, a
     * limits table's row ("Long text answer | 10,000 characters", one of nine) was further from "max
     * characters for a long text answer?" than a list about email subject lines. Chosen on the tune
     * halves (3, 4, 6 and 8 rows answered the same; 6 cited fewest wrong pages), and at most the
     * "whole short table" an answer quotes. A table longer than a chunk is cut into chunk-sized parts
     * as before: cut six rows at a time too, Dask's {@code read_csv} reference led by more than the
     * second-page margin and was cited without the guide beside it for "How do I read many CSV files
     * into one dataframe?".
     */
    static final int TABLE_ROWS = 6;

    private final int maxChars;
    private final int overlapChars;
    private final DocumentSplitter proseSplitter;

    public SectionChunker(int maxChars, int overlapChars) {
        if (maxChars < 100 || overlapChars < 0 || overlapChars >= maxChars / 2) {
            throw new IllegalArgumentException("Chunks need at least 100 characters and an overlap under half of that");
        }
        this.maxChars = maxChars;
        this.overlapChars = overlapChars;
        this.proseSplitter = new DocumentByParagraphSplitter(maxChars, overlapChars,
                new DocumentByLineSplitter(maxChars, overlapChars, new SentencesOrWords(maxChars, overlapChars)));
    }

    /** A fingerprint of the settings: a document chunked with other settings is not "unchanged". */
    public String settings() {
        return "chunks:" + maxChars + "/" + overlapChars + "/whole-items/whole-sentences/table-rows:" + TABLE_ROWS + "/long-runs-by-word";
    }

    public List<Chunk> chunk(String documentId, String url, ParsedDocument document) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : document.sections()) {
            String sectionUrl = section.anchor().isEmpty() ? url : url + "#" + section.anchor();
            for (String text : pack(pieces(section.blocks()))) {
                chunks.add(new Chunk(documentId, chunks.size(), document.title(), section.headings(), sectionUrl, text));
            }
        }
        return chunks;
    }

    /**
     * @param continuation a later part of a split block, which starts with its own overlap already
     * @param startsChunk  a later part of a table cut by rows, which no other part may join
     */
    private record Piece(String text, boolean prose, boolean continuation, boolean startsChunk) {
    }

    private List<Piece> pieces(List<TextBlock> blocks) {
        List<Piece> pieces = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (isManyRowedTableThatFits(block)) {
                List<String> parts = LinePacker.rowGroups(block, TABLE_ROWS);
                for (int i = 0; i < parts.size(); i++) {
                    pieces.add(new Piece(parts.get(i), false, false, i > 0));
                }
            } else if (block.text().length() <= maxChars) {
                pieces.add(new Piece(block.text(), !block.keepWhole(), false, false));
            } else if (block.keepWhole()) {
                LinePacker.split(block, maxChars).forEach(part -> pieces.add(new Piece(part, false, false, false)));
            } else {
                List<String> parts = LinePacker.packed(ListItems.of(block.text()), maxChars);
                for (int i = 0; i < parts.size(); i++) {
                    addProse(parts.get(i), i > 0, pieces);
                }
            }
        }
        return pieces;
    }

    private boolean isManyRowedTableThatFits(TextBlock block) {
        return block.text().length() <= maxChars && LinePacker.isFramedTable(block) && LinePacker.rows(block) > TABLE_ROWS;
    }

    /**
     * @param laterItems whether the text goes on a list from the part before: it starts at an item, and
     *                   the last sentences of the part before would be the end of an item without its name
     */
    private void addProse(String text, boolean laterItems, List<Piece> pieces) {
        if (text.length() <= maxChars) {
            pieces.add(new Piece(text, true, laterItems, false));
            return;
        }
        List<TextSegment> segments = proseSplitter.split(Document.from(text));
        for (int i = 0; i < segments.size(); i++) {
            pieces.add(new Piece(segments.get(i).text(), true, i > 0, false));
        }
    }

    private List<String> pack(List<Piece> pieces) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Piece last = null;
        for (Piece piece : pieces) {
            if (!current.isEmpty() && (piece.startsChunk() || current.length() + SEPARATOR.length() + piece.text().length() > maxChars)) {
                chunks.add(current.toString());
                current.setLength(0);
                String overlap = last.prose() && !piece.continuation() ? SentenceTail.of(last.text(), overlapChars) : "";
                if (!overlap.isEmpty() && overlap.length() + SEPARATOR.length() + piece.text().length() <= maxChars) {
                    current.append(overlap);
                }
            }
            if (!current.isEmpty()) {
                current.append(SEPARATOR);
            }
            current.append(piece.text());
            last = piece;
        }
        if (!current.isEmpty()) {
            chunks.add(current.toString());
        }
        return chunks;
    }
}
