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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedElasticsearchTest
class BenchRetrievalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    ElasticsearchEndpoint elasticsearch;

    @TempDir
    Path dir;

    @Test
    void benchPrintsBm25DenseAndHybridSideBySideAsOneJsonObject() throws Exception {
        Path data = beirSet();
        Path cache = dir.resolve("cache");

        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "",
                "bench", "retrieval", "--beir", data.toString(), "--embedding-cache", cache.toString(), "--json", "--warm-up", "3");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("queries").asInt()).isEqualTo(3);
        for (String method : List.of("bm25", "dense", "hybrid")) {
            JsonNode m = result.get("methods").get(method);
            assertThat(m.get("ndcg10").asDouble()).as(method).isBetween(0.0, 1.0);
            assertThat(m.get("recall100").asDouble()).as(method).isEqualTo(1.0);
            assertThat(m.get("p95Ms").asDouble()).as(method).isGreaterThanOrEqualTo(m.get("p50Ms").asDouble());
        }
        assertThat(result.get("methods").get("hybrid").get("ndcg10").asDouble()).isGreaterThan(0.9);
        assertThat(Files.list(cache)).as("passage embeddings are kept for the next run").hasSize(1);

        CommandLineRun again = CommandLineRun.against(elasticsearch.uri(), "",
                "bench", "retrieval", "--beir", data.toString(), "--embedding-cache", cache.toString(), "--warm-up", "0");
        assertThat(again.out()).contains("nDCG@10").contains("hybrid").contains("after 0 warm-up queries per method");
        assertThat(again.err()).doesNotContain("embedded");
    }

    @Test
    void folderThatIsNotABeirSetIsAClearError() {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "bench", "retrieval", "--beir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("docent: " + dir + " is not a BEIR data set: corpus.jsonl is missing "
                + "(expected corpus.jsonl, queries.jsonl and qrels/test.tsv).");
    }

    private Path beirSet() throws Exception {
        Path data = Files.createDirectories(dir.resolve("tiny-beir").resolve("qrels"));
        Map<String, String[]> docs = Map.of(
                "d1", new String[] {"Volcanoes", "Basaltic lava flows from shield volcanoes in Hawaii cool into new rock."},
                "d2", new String[] {"Honeybees", "Honeybee colonies communicate the location of flowers with a waggle dance."},
                "d3", new String[] {"Glaciers", "Alpine glaciers carve U-shaped valleys as the ice moves slowly downhill."},
                "d4", new String[] {"Tides", "The gravitational pull of the moon raises ocean tides twice a day."},
                "d5", new String[] {"Photosynthesis", "Chlorophyll in leaves absorbs sunlight to turn carbon dioxide into sugar."});
        StringBuilder corpus = new StringBuilder();
        docs.forEach((id, d) -> corpus.append(JSON.createObjectNode().put("_id", id).put("title", d[0]).put("text", d[1])).append('\n'));
        Files.writeString(data.getParent().resolve("corpus.jsonl"), corpus);
        Files.writeString(data.getParent().resolve("queries.jsonl"), """
                {"_id": "q1", "text": "how do bees tell each other where flowers are"}
                {"_id": "q2", "text": "what shapes valleys in the Alps"}
                {"_id": "q3", "text": "why does the sea rise and fall each day"}
                {"_id": "q4", "text": "a query without judgements is left out"}
                """);
        Files.writeString(data.resolve("test.tsv"), "query-id\tcorpus-id\tscore\nq1\td2\t1\nq2\td3\t1\nq3\td4\t1\n");
        return data.getParent();
    }
}
