package dev.docent.indexer.chunk;

import dev.docent.indexer.parse.ParsedDocument;
import dev.docent.indexer.parse.Section;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Heading-aware chunking: a section never shares a chunk with another section, so every chunk
 * has one heading path to cite; a section longer than the limit is split by LangChain4j's
 * recursive splitter (paragraphs, then lines, then sentences) with some overlap.
 */
public final class SectionChunker {

    private final DocumentSplitter splitter;

    public SectionChunker(int maxChars, int overlapChars) {
        this.splitter = DocumentSplitters.recursive(maxChars, overlapChars);
    }

    public List<Chunk> chunk(String documentId, String url, ParsedDocument document) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : document.sections()) {
            String sectionUrl = section.anchor().isEmpty() ? url : url + "#" + section.anchor();
            for (TextSegment segment : splitter.split(Document.from(section.text()))) {
                chunks.add(new Chunk(documentId, chunks.size(), document.title(), section.headings(), sectionUrl,
                        segment.text()));
            }
        }
        return chunks;
    }
}
