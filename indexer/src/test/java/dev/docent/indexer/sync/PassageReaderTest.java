package dev.docent.indexer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.indexer.KnowledgeBaseIndexer;
import dev.docent.indexer.chunk.Chunk;
import dev.docent.indexer.parse.DocumentParser;
import dev.docent.indexer.parse.MarkdownParser;
import dev.docent.indexer.parse.ParsedDocument;
import dev.docent.indexer.parse.SmallStack;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageReaderTest {

    private final PassageReader reader = new PassageReader(KnowledgeBaseIndexer.standardChunker());

    @Test
    void aPageNestedTooDeepForAWorkersStackIsReadOnADeepOne() throws Exception {
        byte[] quotes = ("# Quotes\n\n" + ">".repeat(20_000) + " Still read.\n").getBytes(StandardCharsets.UTF_8);
        MarkdownParser markdown = new MarkdownParser();

        assertThat(SmallStack.run(() -> markdown.parse(quotes, "quotes.md").toString()))
                .as("the page overflows an indexing worker's stack").contains("StackOverflowError");
        assertThat(SmallStack.run(() -> reader.read(markdown, quotes, "quotes.md", "quotes", "https://docs.test/quotes")
                .stream().map(Chunk::text).toList().toString())).contains("Still read.");
    }

    @Test
    void aPageNestedWithoutEndFailsWithTheOverflow() throws Exception {
        DocumentParser endless = new DocumentParser() {
            @Override
            public ParsedDocument parse(byte[] content, String fallbackTitle) {
                return parse(content, fallbackTitle);
            }
        };

        assertThat(SmallStack.run(() -> reader.read(endless, new byte[0], "endless.md", "endless", "u").toString()))
                .isEqualTo(new StackOverflowError().toString());
    }

    @Test
    void aPageNamesItsOwnUrlOrTakesTheSources() throws Exception {
        List<Chunk> own = reader.read(new MarkdownParser(), "---\nurl: https://docs.test/own/\n---\n# Own\n\nText.\n"
                .getBytes(StandardCharsets.UTF_8), "own.md", "own", "https://docs.test/source");
        List<Chunk> source = reader.read(new MarkdownParser(), "# Plain\n\nText.\n".getBytes(StandardCharsets.UTF_8), "plain.md",
                "plain", "https://docs.test/source");

        assertThat(own).extracting(Chunk::url).containsOnly("https://docs.test/own/");
        assertThat(source).extracting(Chunk::url).containsOnly("https://docs.test/source");
    }
}
