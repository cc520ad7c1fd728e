package dev.docent.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.segment.TextSegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesOrWordsTest {

    private final SentencesOrWords splitter = new SentencesOrWords(200, 0);

    @Test
    void aLineOfSentencesIsSplitBetweenThem() {
        String line = "Retries back off exponentially. Each attempt waits twice as long as the one before. ".repeat(8).strip();

        List<String> parts = texts(splitter.split(Document.from(line)));

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> assertThat(part).hasSizeLessThanOrEqualTo(200).endsWith("."));
    }

    @Test
    void aLineWithARunLongerThanAChunkIsSplitAtItsWordsAndKeepsAllItsCharacters() {
        String run = "a.".repeat(20_000);
        String line = "Leaders " + run + " then words.";

        List<String> parts = texts(splitter.split(Document.from(line)));

        assertThat(parts).allSatisfy(part -> assertThat(part).hasSizeLessThanOrEqualTo(200));
        assertThat(String.join("", parts).replace(" ", "")).isEqualTo(line.replace(" ", ""));
    }

    private static List<String> texts(List<TextSegment> segments) {
        return segments.stream().map(TextSegment::text).toList();
    }
}
