package dev.docent.lab.intents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.CommandLineRun;
import dev.docent.app.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docent intents train | eval | export} through the real command line, with the real encoder. */
class IntentsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void trainAndEvalPrintTheFiguresObjectAndTheModelNamesItsEncoder() throws Exception {
        Path train = write("train.csv", 0, 8);
        Path test = write("test.jsonl", 8, 3);
        Path model = dir.resolve("model.json");

        CommandLineRun trained = run("intents", "train", "--train", train.toString(), "--test", test.toString(),
                "--out", model.toString(), "--json", "--embedding-cache", dir.resolve("cache").toString());

        assertThat(trained.exitCode()).as(trained.err()).isEqualTo(ExitCode.OK);
        assertThat(trained.out().lines().count()).isOne();
        JsonNode figures = JSON.readTree(trained.out());
        assertThat(figures.fieldNames()).toIterable().containsExactly("accuracy", "macroF1", "perClass",
                "inScopeAccuracy", "oosRecall", "oosPrecision", "trainSeconds", "p95ClassifyMicros");
        assertThat(figures.get("accuracy").asDouble()).isGreaterThan(0.6);
        assertThat(figures.get("perClass").fieldNames()).toIterable().containsExactlyInAnyOrder("billing", "outage", "greeting");
        assertThat(figures.get("oosRecall").isNull()).isTrue();
        assertThat(figures.get("trainSeconds").isNumber()).isTrue();
        JsonNode file = JSON.readTree(model.toFile());
        assertThat(file.get("encoder").get("name").asText()).isEqualTo("bge-small-en-v1.5-q");
        assertThat(file.get("labels")).hasSize(3);

        CommandLineRun evaluated = run("intents", "eval", "--model", model.toString(), "--test", test.toString(),
                "--embedding-cache", dir.resolve("cache").toString());

        assertThat(evaluated.exitCode()).as(evaluated.err()).isEqualTo(ExitCode.OK);
        assertThat(evaluated.out()).contains("precision  recall").contains("Confusion matrix").contains("billing");
        assertThat(evaluated.out()).contains(String.format(java.util.Locale.ROOT, "accuracy           %.4f",
                figures.get("accuracy").asDouble()));
    }

    @Test
    void aModelForAnotherEncoderIsOneClearLine() throws Exception {
        Path model = Files.writeString(dir.resolve("other.json"), IntentModelFixture.forEncoder("all-minilm-l6-v2-q"));

        CommandLineRun run = run("intents", "eval", "--model", model.toString(), "--test", write("t.csv", 0, 2).toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("docent: " + model + ": this intent model was trained on the embeddings of all-minilm-l6-v2-q")
                .contains("Retrain it with 'docent intents train'.");
        assertThat(run.err().lines().count()).isOne();
    }

    @Test
    void exportWritesChatFineTuningFilesFromTheBundledDataSet() throws Exception {
        CommandLineRun run = run("intents", "export", "--format", "openai-chat-jsonl", "--out-dir", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        List<String> lines = Files.readAllLines(dir.resolve("intents-train.jsonl"));
        assertThat(lines).hasSize(BundledIntentData.train().size());
        JsonNode first = JSON.readTree(lines.getFirst());
        assertThat(first.get("messages")).hasSize(3);
        assertThat(first.get("messages").get(0).get("role").asText()).isEqualTo("system");
        assertThat(first.get("messages").get(1).get("content").asText()).isEqualTo("is there a human I can chat with");
        assertThat(first.get("messages").get(2).get("content").asText()).isEqualTo("wants_human");
        assertThat(Files.readAllLines(dir.resolve("intents-validation.jsonl"))).hasSize(BundledIntentData.validation().size());
    }

    @Test
    void unknownExportFormatIsAClearError() {
        CommandLineRun run = run("intents", "export", "--format", "anthropic", "--out-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("docent: Unknown export format 'anthropic'; known: openai-chat-jsonl\n");
    }

    private Path write(String name, int from, int perIntent) throws Exception {
        Map<String, List<String>> messages = Map.of(
                "billing", List.of("where is my invoice", "refund my last payment", "change the card we pay with",
                        "how much is the team plan", "cancel our subscription", "we were charged twice",
                        "send me a receipt", "upgrade to business plan", "vat number on invoice", "pricing for nonprofits",
                        "downgrade at renewal"),
                "outage", List.of("is formwell down", "nothing loads for anyone", "every form returns 503",
                        "site down for the whole team", "status page says incident", "api down everywhere",
                        "all forms are offline", "is there maintenance now", "whole service unreachable",
                        "everyone gets 502", "outage again?"),
                "greeting", List.of("hello", "thanks a lot", "good morning", "hi there", "bye", "are you a bot",
                        "cheers", "hey docent", "thank you!", "have a nice day", "yo"));
        StringBuilder out = new StringBuilder(name.endsWith(".csv") ? "text,label\n" : "");
        List<String> labels = new ArrayList<>(new java.util.TreeSet<>(messages.keySet()));
        for (String label : labels) {
            for (String text : messages.get(label).subList(from, from + perIntent)) {
                out.append(name.endsWith(".csv") ? text + "," + label + "\n"
                        : JSON.writeValueAsString(Map.of("text", text, "label", label)) + "\n");
            }
        }
        return Files.writeString(dir.resolve(name), out);
    }

    private CommandLineRun run(String... args) {
        return CommandLineRun.run(Map.of("DOCENT_HOME", dir.resolve("home").toString()), settings -> {
            throw new AssertionError("intents commands never start Elasticsearch");
        }, "", args);
    }
}
