package dev.docent.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.CommandLineRun;
import dev.docent.app.cli.ExitCode;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedElasticsearchTest
class BenchIndexCommandTest {

    ElasticsearchEndpoint elasticsearch;

    @TempDir
    Path dir;

    @Test
    void printsExactlyTheIssuesFiguresAsOneJsonObjectAndDeletesTheScratchKnowledgeBase() throws Exception {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), """
                {"_id": "d1", "title": "Aspirin", "text": "Aspirin lowers the risk of a second heart attack."}
                {"_id": "d2", "title": "Vitamin D", "text": "Vitamin D supplements did not prevent fractures."}
                {"_id": "d3", "title": "", "text": "Sleep loss impairs memory consolidation."}
                """);

        CommandLineRun bench = CommandLineRun.against(elasticsearch.uri(), "", "bench", "index", "--corpus", corpus.toString(),
                "--json", "--raw-sample", "3", "--kb", "bench-test");

        assertThat(bench.exitCode()).as(bench.err()).isEqualTo(ExitCode.OK);
        JsonNode figures = new ObjectMapper().readTree(bench.out());
        assertThat(figures.fieldNames()).toIterable().containsExactly("docs", "chunks", "docsPerSec", "chunksPerSec",
                "rawEmbedPerSec", "pipelineToRawRatio", "unchangedSpeedup", "heapPeakMb");
        assertThat(figures.get("docs").asInt()).isEqualTo(3);
        assertThat(figures.get("chunks").asInt()).isEqualTo(3);
        assertThat(List.of("docsPerSec", "rawEmbedPerSec", "pipelineToRawRatio", "unchangedSpeedup", "heapPeakMb"))
                .allSatisfy(key -> assertThat(figures.get(key).asDouble()).as(key).isPositive());

        CommandLineRun list = CommandLineRun.against(elasticsearch.uri(), "", "kb", "list");
        assertThat(list.out()).doesNotContain("bench-test ");
    }
}
