package dev.docent.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.indexer.parse.ParsedDocument;
import dev.docent.indexer.parse.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionChunkerTest {

    @Test
    void everyChunkKeepsTitleHeadingPathAndSectionUrl() {
        ParsedDocument doc = new ParsedDocument("Webhooks", List.of(
                new Section(List.of(), "", "Intro text."),
                new Section(List.of("Retries"), "retries", "Retried 8 times.")));

        List<Chunk> chunks = new SectionChunker(1_200, 150).chunk("api/webhooks.md", "https://docs.example/api/webhooks", doc);

        assertThat(chunks).extracting(Chunk::ordinal).containsExactly(0, 1);
        assertThat(chunks).extracting(Chunk::title).containsOnly("Webhooks");
        assertThat(chunks.get(1).headings()).containsExactly("Retries");
        assertThat(chunks.get(0).url()).isEqualTo("https://docs.example/api/webhooks");
        assertThat(chunks.get(1).url()).isEqualTo("https://docs.example/api/webhooks#retries");
        assertThat(chunks.get(1).textForEmbedding()).isEqualTo("Webhooks > Retries\n\nRetried 8 times.");
    }

    @Test
    void longSectionIsSplitWithinTheLimitAndNeverMixedWithAnother() {
        String paragraph = "Submissions are stored encrypted and kept for as long as the workspace exists. ";
        String longText = String.join("\n\n", java.util.Collections.nCopies(40, paragraph.repeat(2).strip()));
        ParsedDocument doc = new ParsedDocument("Security", List.of(
                new Section(List.of("Encryption"), "encryption", longText),
                new Section(List.of("Audit logs"), "audit-logs", "Audit logs are kept for a year.")));

        List<Chunk> chunks = new SectionChunker(1_200, 150).chunk("security.md", "u", doc);

        List<Chunk> encryption = chunks.stream().filter(c -> c.headings().equals(List.of("Encryption"))).toList();
        assertThat(encryption.size()).isGreaterThan(4);
        assertThat(encryption).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(1_200));
        assertThat(chunks.getLast().text()).isEqualTo("Audit logs are kept for a year.");
    }
}
