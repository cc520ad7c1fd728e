package dev.docent.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.CommandLineRun;
import dev.docent.app.SampleFixture;
import dev.docent.app.cli.ExitCode;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedElasticsearchTest
class EvalCommandTest {

    ElasticsearchEndpoint elasticsearch;

    @TempDir
    Path dir;

    @BeforeEach
    void sampleIsIndexed() {
        SampleFixture.runtimeWithSample(elasticsearch.uri()).close();
    }

    @Test
    void evalPrintsRankingCitationAndRefusalFiguresAndWritesAReportWithCharts() throws Exception {
        Path golden = Files.writeString(dir.resolve("golden.jsonl"), """
                {"id": "a1", "question": "how do I rotate the webhook signing secret?", "pages": ["api/webhook-signatures-and-retries.md"], "answerable": true}
                {"id": "a2", "question": "how do I set up SCIM provisioning", "pages": ["accounts/scim-provisioning.md"], "answerable": true}
                {"id": "u1", "question": "What is the capital of Australia?", "pages": [], "answerable": false}
                """);
        Path report = dir.resolve("report");

        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "eval", "--kb", "sample",
                "--golden", golden.toString(), "--json", "--report", report.toString(), "--warm-up", "3");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode output = new ObjectMapper().readTree(run.out());
        JsonNode result = output.get("all");
        assertThat(result.get("answerable").asInt()).isEqualTo(2);
        assertThat(result.get("ndcgAt10").asDouble()).isGreaterThan(0.5);
        assertThat(result.get("citationPrecision").asDouble()).isGreaterThan(0.5);
        assertThat(result.get("correctlyRefused").asInt()).isEqualTo(1);
        assertThat(output.get("tune").get("answerable").asInt() + output.get("report").get("answerable").asInt()).isEqualTo(2);
        assertThat(output.get("questions")).hasSize(3);
        assertThat(output.get("warmUpAnswers").asInt()).isEqualTo(3);
        assertThat(output.get("cacheHitRateOnRepeat").asDouble()).isEqualTo(1.0);
        String html = Files.readString(report.resolve("index.html"));
        assertThat(html).contains("<svg").contains("Citation precision").contains("Answer latency");
    }

    @Test
    void withMisspellEachQuestionIsAskedWithATypoThatTheAnswerSurvives() throws Exception {
        Path golden = Files.writeString(dir.resolve("golden.jsonl"), """
                {"id": "a1", "question": "how do I rotate the webhook signing secret?", "pages": ["api/webhook-signatures-and-retries.md"], "answerable": true}
                """);

        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "eval", "--kb", "sample",
                "--golden", golden.toString(), "--misspell", "--json", "--warm-up", "0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode output = new ObjectMapper().readTree(run.out());
        assertThat(output.get("misspelt").asBoolean()).isTrue();
        assertThat(output.get("all").get("citesRelevant").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aRelevantPageTheCorpusDoesNotHaveIsReportedNotSilentlyCountedAsAMiss() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(corpus.resolve("timeouts.md"), "# Timeouts\n\nA test times out after 30 seconds.");
        Path questions = Files.writeString(dir.resolve("questions.jsonl"), """
                {"id": "q1", "question": "How long before a test times out?", "relevant": ["timeouts.md"]}
                {"id": "q2", "question": "How do I retry a failing test?", "relevant": ["retries.md"]}
                """);

        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "eval", "--docsqa", questions.toString(),
                "--corpus", corpus.toString(), "--json", "--warm-up", "0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("1 relevant page(s) the questions name are not in", "q2: retries.md")
                .doesNotContain("q1: timeouts.md");
        assertThat(run.err()).as("a measurement's own knowledge base, never answered from unless named")
                .contains("Indexed 'eval-docsqa'");
    }

    @Test
    void aQuestionSetThatCannotBeReadFailsBeforeTheCorpusIsIndexed() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(corpus.resolve("timeouts.md"), "# Timeouts\n\nA test times out after 30 seconds.");
        Path broken = Files.writeString(dir.resolve("broken.jsonl"), "{\"id\": \"q1\", \"question\": \n");

        for (Path questions : List.of(broken, dir.resolve("missing.jsonl"))) {
            CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "eval", "--docsqa", questions.toString(),
                    "--corpus", corpus.toString(), "--warm-up", "0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("docent: ").contains(questions.getFileName().toString()).doesNotContain("Indexing");
        }
    }

    @Test
    void trainingSetsAddTheirTuneHalvesToTheRelevanceModelEachFromItsOwnKnowledgeBase() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("widgets-docs"));
        Files.writeString(corpus.resolve("timeouts.md"), "# Timeouts\n\nA widget test times out after 30 seconds; set `timeout` to change it.");
        Files.writeString(corpus.resolve("retries.md"), "# Retries\n\nA failing widget test is retried twice when `retries` is 2.");
        Files.writeString(dir.resolve("widgets.jsonl"), """
                {"id": "w1", "question": "How long before a widget test times out?", "relevant": ["timeouts.md"]}
                {"id": "w2", "question": "How do I retry a failing widget test?", "relevant": ["retries.md"]}
                {"id": "w3", "question": "Can widget tests run on a GPU?", "relevant": []}
                {"id": "w4", "question": "Which setting changes the widget test timeout?", "relevant": ["timeouts.md"]}
                """);
        Path sets = Files.writeString(dir.resolve("sets.jsonl"),
                "{\"name\": \"widgets\", \"questions\": \"widgets.jsonl\", \"corpus\": \"widgets-docs\"}\n");
        Path golden = Files.writeString(dir.resolve("golden.jsonl"), """
                {"id": "a1", "question": "how do I rotate the webhook signing secret?", "pages": ["api/webhook-signatures-and-retries.md"], "answerable": true}
                """);
        Path model = dir.resolve("model.json");

        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "eval", "--kb", "sample", "--golden", golden.toString(),
                "--train-relevance", model.toString(), "--train-sets", sets.toString(), "--json", "--warm-up", "0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("Indexed 'eval-train-widgets'");
        String trainedOn = new ObjectMapper().readTree(model.toFile()).get("trainedOn").asText();
        assertThat(trainedOn).startsWith("tune halves of widgets (").contains("the sample golden set");
    }

    @Test
    void aTrainingSetThatCannotBeUsedFailsBeforeAnythingIsIndexed() throws Exception {
        Path sets = Files.writeString(dir.resolve("sets.jsonl"),
                "{\"name\": \"widgets\", \"questions\": \"widgets.jsonl\", \"corpus\": \"no-such-folder\"}\n");
        Path unnamed = Files.writeString(dir.resolve("unnamed.jsonl"), "{\"questions\": \"widgets.jsonl\", \"corpus\": \".\"}\n");

        for (Path file : List.of(sets, unnamed)) {
            CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "eval", "--kb", "sample",
                    "--train-relevance", dir.resolve("model.json").toString(), "--train-sets", file.toString(), "--warm-up", "0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).startsWith("docent: ").contains(file.toString()).doesNotContain("Indexing");
        }
        CommandLineRun withoutTraining = CommandLineRun.against(elasticsearch.uri(), "", "eval", "--kb", "sample",
                "--train-sets", sets.toString(), "--warm-up", "0");
        assertThat(withoutTraining.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(withoutTraining.err()).contains("--train-sets", "--train-relevance");
    }
}
