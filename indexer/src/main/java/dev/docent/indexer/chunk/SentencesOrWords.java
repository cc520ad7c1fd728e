package dev.docent.indexer.chunk;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentBySentenceSplitter;
import dev.langchain4j.data.document.splitter.DocumentByWordSplitter;
import dev.langchain4j.data.segment.TextSegment;
import java.util.List;

/**
 * Splits a line too long for a chunk at its sentences, as LangChain4j's recursive splitter does, unless the line holds
 * a run of characters without whitespace longer than a chunk (a minified line, a data address, "....." leaders):
 * OpenNLP's sentence detector reads such a run whole at every full stop in it, in a time that grows with the run's
 * square (120 KB of "..." took 11 s), and a run that long has no sentences to keep whole. Such a line is split at its words.
 */
final class SentencesOrWords implements DocumentSplitter {

    private final int maxChars;
    private final DocumentSplitter sentences;
    private final DocumentSplitter words;

    SentencesOrWords(int maxChars, int overlapChars) {
        this.maxChars = maxChars;
        this.words = new DocumentByWordSplitter(maxChars, overlapChars);
        this.sentences = new DocumentBySentenceSplitter(maxChars, overlapChars, null, words);
    }

    @Override
    public List<TextSegment> split(Document document) {
        return (hasUnbrokenRunLongerThanAChunk(document.text()) ? words : sentences).split(document);
    }

    private boolean hasUnbrokenRunLongerThanAChunk(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
            if (run > maxChars) {
                return true;
            }
        }
        return false;
    }
}
