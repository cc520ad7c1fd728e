package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.cli.ExitCode;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.IndexSchema;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.indexer.lock.Lease;
import dev.docent.indexer.lock.ReindexLocks;
import dev.docent.indexer.state.StateIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedElasticsearchTest
class KnowledgeBaseCommandsTest {

    ElasticsearchEndpoint elasticsearch;

    @TempDir
    Path dir;

    @Test
    void knowledgeBasesDeclaredInDocentYmlAreIndexedFromTheirSourcesListedAndShown() throws Exception {
        Path repo = dir.resolve("product-repo");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.createDirectories(repo.resolve("docs/api"));
            Files.writeString(repo.resolve("docs/api/rate-limits.md"), """
                    # Rate limits

                    ## Per key

                    Each API key may send 600 requests per minute; more are answered with status 429.
                    """);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("docs").setAuthor("T", "t@example.invalid").setCommitter("T", "t@example.invalid")
                    .setSign(false).call();
        }
        Files.createDirectories(dir.resolve("runbooks"));
        Files.writeString(dir.resolve("runbooks/restart.md"), "# Restarting the queue\n\nDrain it first, then restart.");
        Path config = Files.writeString(dir.resolve("docent.yml"), """
                knowledgeBases:
                  product-cfg:
                    description: What customers read
                    sources:
                      - git: product-repo
                        branch: main
                        path: docs
                        urlTemplate: https://docs.acme.example/{path}
                  runbooks-cfg:
                    audience: internal
                    sources:
                      - directory: runbooks
                """);
        Map<String, String> env = Map.of("DOCENT_CONFIG", config.toString(), "DOCENT_HOME", dir.resolve("home").toString());

        CommandLineRun index = run(env, "index", "--kb", "product-cfg");
        assertThat(index.exitCode()).as(index.err()).isEqualTo(ExitCode.OK);
        assertThat(index.err()).contains("Indexed 'product-cfg' (rebuild)").contains("1 added");
        assertThat(run(env, "index", "--kb", "runbooks-cfg").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run(env, "index", "--kb", "product-cfg").err()).contains("(incremental)").contains("1 unchanged");

        CommandLineRun ask = run(env, "ask", "--json", "--kb", "product-cfg", "how many requests per minute may an API key send?");
        JsonNode answer = new ObjectMapper().readTree(ask.out());
        assertThat(answer.get("citations").get(0).get("url").asText()).isEqualTo("https://docs.acme.example/api/rate-limits#per-key");

        CommandLineRun list = run(env, "kb", "list");
        assertThat(list.out()).containsPattern("product-cfg\\s+1\\s+1\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC succeeded\\s+public\\s+What customers read")
                .containsPattern("runbooks-cfg\\s+1\\s+1 .* internal");

        CommandLineRun status = run(env, "kb", "status", "product-cfg", "--json");
        JsonNode json = new ObjectMapper().readTree(status.out());
        assertThat(json.get("documents").asInt()).isEqualTo(1);
        assertThat(json.get("chunks").asInt()).isEqualTo(1);
        assertThat(json.get("lastRun").get("outcome").asText()).isEqualTo("succeeded");
        assertThat(json.get("lastRun").get("unchanged").asInt()).isEqualTo(1);
        assertThat(json.get("sources").get(0).asText()).startsWith("git product-repo (main) docs/");

        CommandLineRun text = run(env, "kb", "status", "runbooks-cfg");
        assertThat(text.out()).contains("Knowledge base  runbooks-cfg (internal)").contains("Documents       1")
                .contains("Last run        succeeded rebuild from");
    }

    @Test
    void theBundledSampleIsIndexedFromTheSourceDocentShipsWithAndRebuiltWhenAnOlderDocentWroteIt() {
        CommandLineRun index = run(Map.of(), "index", "--kb", "sample", "--rebuild");

        assertThat(index.exitCode()).isEqualTo(ExitCode.OK);
        CommandLineRun status = run(Map.of(), "kb", "status", "sample");
        assertThat(status.out()).contains("Documents       44").containsPattern("succeeded rebuild from \\S*sample-kb/docs")
                .doesNotContain("older Docent");

        try (ElasticsearchConnection connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty())) {
            connection.call(c -> c.indices().putMapping(m -> m.index(KnowledgeBaseIndices.alias("sample"))
                    .meta(IndexSchema.VERSION_META_KEY, JsonData.of(IndexSchema.VERSION - 1))));
        }
        assertThat(run(Map.of(), "kb", "status", "sample").out()).contains("written by an older Docent")
                .contains("docent index --kb sample");
        assertThat(run(Map.of(), "kb", "status", "sample", "--json").out()).contains("\"outdated\":true");

        assertThat(run(Map.of(), "index", "--kb", "sample").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run(Map.of(), "kb", "status", "sample").out()).doesNotContain("older Docent")
                .containsPattern("succeeded rebuild from \\S*sample-kb/docs, started");
    }

    @Test
    void knowledgeBaseWithoutSourcesOrUnknownIsAClearError() {
        CommandLineRun index = run(Map.of(), "index", "--kb", "nowhere");
        assertThat(index.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(index.err()).startsWith("docent: No docent.yml declares the sources of 'nowhere'");
        assertThat(index.elasticsearchStarts()).isZero();

        CommandLineRun status = run(Map.of(), "kb", "status", "never-heard-of");
        assertThat(status.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(status.err()).contains("never-heard-of");
    }

    @Test
    void aSecondReindexOfTheSameKnowledgeBaseIsRefusedWhileTheFirstRuns() throws Exception {
        Files.writeString(dir.resolve("a.md"), "# A\n\nAlpha.");
        try (ElasticsearchConnection es = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
             Lease held = new ReindexLocks(new StateIndex(es), Clock.systemUTC(), Duration.ofMinutes(2), "other-replica/pid-7")
                     .acquire("busy-kb")) {
            CommandLineRun index = run(Map.of(), "index", dir.toString(), "--kb", "busy-kb");

            assertThat(index.exitCode()).isEqualTo(ExitCode.BUSY);
            assertThat(index.err()).startsWith("docent: Knowledge base 'busy-kb' is being reindexed by other-replica/pid-7");
        }
        assertThat(run(Map.of(), "index", dir.toString(), "--kb", "busy-kb").exitCode()).isEqualTo(ExitCode.OK);
    }

    private CommandLineRun run(Map<String, String> env, String... args) {
        return CommandLineRun.run(env, CommandLineRun.starterFor(elasticsearch.uri()), "", args);
    }
}
