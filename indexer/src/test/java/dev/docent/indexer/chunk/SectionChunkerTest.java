package dev.docent.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.indexer.parse.ParsedDocument;
import dev.docent.indexer.parse.Section;
import dev.docent.indexer.parse.TextBlock;
import dev.docent.indexer.parse.TextBlock.Kind;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionChunkerTest {

    private final SectionChunker chunker = new SectionChunker(1_200, 150);

    @Test
    void everyChunkKeepsTitleHeadingPathAndSectionUrl() {
        ParsedDocument doc = new ParsedDocument("Webhooks", List.of(
                new Section(List.of(), "", "Intro text."),
                new Section(List.of("Retries"), "retries", "Retried 8 times.")));

        List<Chunk> chunks = chunker.chunk("api/webhooks.md", "https://docs.example/api/webhooks", doc);

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
        String longText = String.join("\n\n", Collections.nCopies(40, paragraph.repeat(2).strip()));
        ParsedDocument doc = new ParsedDocument("Security", List.of(
                new Section(List.of("Encryption"), "encryption", longText),
                new Section(List.of("Audit logs"), "audit-logs", "Audit logs are kept for a year.")));

        List<Chunk> chunks = chunker.chunk("security.md", "u", doc);

        List<Chunk> encryption = chunks.stream().filter(c -> c.headings().equals(List.of("Encryption"))).toList();
        assertThat(encryption.size()).isGreaterThan(4);
        assertThat(encryption).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(1_200));
        assertThat(chunks.getLast().text()).isEqualTo("Audit logs are kept for a year.");
    }

    @Test
    void aListLongerThanAChunkIsCutBetweenItemsNeverInsideOne() {
        StringBuilder options = new StringBuilder("The options are:\n");
        for (int i = 0; i < 20; i++) {
            options.append("* `option").append(i).append("` {string} The value which will be passed to the child\n")
                    .append("  process as its standard input, before any other input that the parent process\n")
                    .append("  writes to the child process later, as its input number ").append(i).append(".\n");
        }
        ParsedDocument doc = new ParsedDocument("Child process", List.of(
                new Section(List.of("spawnSync"), "spawnsync", options.toString().strip())));

        List<Chunk> chunks = chunker.chunk("child_process.md", "u", doc);

        assertThat(chunks.size()).isGreaterThan(2);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.text().length()).isLessThanOrEqualTo(1_200);
            assertThat(c.text()).matches("(?s)(\\* `option|The options are).*\\.");
        });
        assertThat(chunks.get(1).text()).startsWith("* `option");
    }

    @Test
    void codeBlockThatFitsIsNeverCutAndTheNextChunkStartsWithTheLastSentencesBefore() {
        String prose = "Install the CLI first. It needs Java 21. Then run the command below. ".repeat(10).strip();
        String code = "```bash\n" + "formwell deploy --env production --wait\n".repeat(15) + "```";
        ParsedDocument doc = new ParsedDocument("Deploy", List.of(new Section(List.of("Steps"), "steps",
                List.of(TextBlock.prose(prose), new TextBlock(code, Kind.CODE), TextBlock.prose("Done. It is live.")))));

        List<Chunk> chunks = chunker.chunk("deploy.md", "u", doc);

        assertThat(chunks).hasSize(2);
        assertThat(chunks).filteredOn(c -> c.text().contains("formwell deploy")).singleElement()
                .satisfies(c -> assertThat(c.text()).contains(code));
        assertThat(chunks.get(1).text()).as("overlap: whole sentences of the chunk before")
                .startsWith("Install the CLI first. It needs Java 21. Then run the command below.").contains(code);
        assertThat(chunks).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(1_200));
    }

    @Test
    void tableOfAFewRowsThatFitsIsNeverCut() {
        String prose = "Limits depend on the plan. ".repeat(30).strip();
        String table = table(SectionChunker.TABLE_ROWS);
        ParsedDocument doc = new ParsedDocument("Limits", List.of(new Section(List.of(), "",
                List.of(TextBlock.prose(prose), new TextBlock(table, Kind.TABLE)))));

        List<Chunk> chunks = chunker.chunk("limits.md", "u", doc);

        assertThat(chunks).filteredOn(c -> c.text().contains("| Plan 0 |")).singleElement()
                .satisfies(c -> assertThat(c.text()).contains(table));
    }

    @Test
    void tableOfManyRowsIsCutIntoEvenPartsOfAFewRowsEachUnderItsHeaderRow() {
        String table = table(20);
        ParsedDocument doc = new ParsedDocument("Limits", List.of(new Section(List.of("Plans"), "plans",
                List.of(TextBlock.prose("Limits depend on the plan."), new TextBlock(table, Kind.TABLE),
                        TextBlock.prose("Ask sales for more.")))));

        List<Chunk> chunks = chunker.chunk("limits.md", "u", doc);

        assertThat(chunks).hasSize(4);
        assertThat(chunks.getFirst().text()).startsWith("Limits depend on the plan.\n\n| Plan | Forms | Submissions |\n|---|---|---|\n");
        assertThat(chunks.getLast().text()).endsWith("| Plan 19 | 190 | 19000 |\n\nAsk sales for more.");
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.text()).contains("| Plan | Forms | Submissions |\n|---|---|---|\n");
            assertThat(c.text().lines().filter(l -> l.startsWith("| Plan ") && !l.contains("Forms"))).hasSize(5);
            assertThat(c.headings()).containsExactly("Plans");
        });
        assertThat(chunks.stream().flatMap(c -> c.text().lines()).filter(l -> l.startsWith("| Plan ") && !l.contains("Forms")))
                .containsExactlyElementsOf(table.lines().skip(2).toList());
    }

    @Test
    void tableLongerThanAChunkIsCutIntoChunkSizedPartsNotIntoFewRows() {
        String table = table(100);
        ParsedDocument doc = new ParsedDocument("API", List.of(new Section(List.of("Functions"), "functions",
                List.of(new TextBlock(table, Kind.TABLE)))));

        List<Chunk> chunks = chunker.chunk("api.md", "u", doc);

        assertThat(chunks.size()).isBetween(2, 4);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.text()).startsWith("| Plan | Forms | Submissions |\n|---|---|---|\n");
            assertThat(c.text().length()).isLessThanOrEqualTo(1_200);
        });
    }

    private static String table(int rows) {
        StringBuilder table = new StringBuilder("| Plan | Forms | Submissions |\n|---|---|---|\n");
        for (int i = 0; i < rows; i++) {
            table.append("| Plan ").append(i).append(" | ").append(i * 10).append(" | ").append(i * 1000).append(" |\n");
        }
        return table.toString().strip();
    }

    @Test
    void codeBlockLongerThanAChunkIsCutBetweenLinesAndEveryPartStaysFenced() {
        String code = "```python\n" + "print('a line of a long script that goes on')\n".repeat(60) + "```";
        ParsedDocument doc = new ParsedDocument("Script", List.of(new Section(List.of(), "",
                List.of(new TextBlock(code, Kind.CODE)))));

        List<Chunk> chunks = chunker.chunk("script.md", "u", doc);

        assertThat(chunks.size()).isGreaterThan(1);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.text()).startsWith("```python\n").endsWith("\n```");
            assertThat(c.text().length()).isLessThanOrEqualTo(1_200);
            assertThat(c.text().lines().skip(1).filter(l -> !l.startsWith("```")))
                    .allMatch(l -> l.equals("print('a line of a long script that goes on')"));
        });
    }
}
