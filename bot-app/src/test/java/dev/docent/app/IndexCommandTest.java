package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.cli.ExitCode;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedElasticsearchTest
class IndexCommandTest {

    ElasticsearchEndpoint elasticsearch;

    @TempDir
    Path docs;

    @Test
    void fileThatIsNotUtf8IsReportedAndSkippedAndTheRestIsIndexed() throws Exception {
        Files.writeString(docs.resolve("parking.md"), """
                # Parking at the office

                ## Visitors

                Visitors park on level minus two; the code for the gate is given at the front desk.
                """);
        Files.write(docs.resolve("menu.md"), "# Caf\u00e9\n\nCr\u00e8me br\u00fbl\u00e9e on Fridays.".getBytes(StandardCharsets.ISO_8859_1));

        CommandLineRun index = CommandLineRun.against(elasticsearch.uri(), "", "index", docs.toString(), "--kb", "office");

        assertThat(index.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(index.err()).contains("Indexed 'office' (rebuild)").contains("1 added, 0 changed, 0 removed, 0 unchanged, 1 failed")
                .contains("skipped menu.md: not valid UTF-8");

        CommandLineRun ask = CommandLineRun.against(elasticsearch.uri(), "", "ask", "--json", "--kb", "office",
                "where do visitors park?");
        JsonNode answer = new ObjectMapper().readTree(ask.out());
        assertThat(answer.get("answer").asText()).contains("level minus two");
        assertThat(answer.get("citations").get(0).get("title").asText()).isEqualTo("Parking at the office");
        assertThat(answer.get("citations").get(0).get("section").asText()).isEqualTo("Visitors");
        assertThat(answer.get("citations").get(0).get("url").asText()).endsWith("parking.md#visitors");
    }

    @Test
    void reindexingRemovesWhatLeftTheFolder() throws Exception {
        Files.writeString(docs.resolve("a.md"), "# Alpha\n\nAlpha widgets are blue.");
        Files.writeString(docs.resolve("b.md"), "# Beta\n\nBeta widgets are green.");
        assertThat(CommandLineRun.against(elasticsearch.uri(), "", "index", docs.toString(), "--kb", "widgets").exitCode())
                .isEqualTo(ExitCode.OK);

        Files.delete(docs.resolve("b.md"));
        CommandLineRun again = CommandLineRun.against(elasticsearch.uri(), "", "index", docs.toString(), "--kb", "widgets");

        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.err()).contains("Indexed 'widgets' (incremental)").contains("0 added, 0 changed, 1 removed, 1 unchanged, 0 failed");
    }

    @Test
    void pagesWithOnlyFrontMatterAreSkippedAsEmptyAndTheRunSucceeds() throws Exception {
        Files.writeString(docs.resolve("parking.md"), "# Parking\n\nVisitors park on level minus two.");
        Files.writeString(docs.resolve("nav.md"), "---\neleventyNavigation:\n    key: office\n---\n");
        Files.writeString(docs.resolve("old.md"), "---\nredirect_to: /parking/\n---\n");

        CommandLineRun index = CommandLineRun.against(elasticsearch.uri(), "", "index", docs.toString(), "--kb", "stubs");

        assertThat(index.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(index.err()).contains("1 added, 0 changed, 0 removed, 0 unchanged, 0 failed, 2 empty;")
                .contains("skipped 2 empty pages (no text to index): nav.md, old.md")
                .doesNotContain("skipped nav.md", "skipped old.md");
    }

    @Test
    void documentationInFormatsDocentDoesNotReadIsNamedNotLeftOutInSilence() throws Exception {
        Files.writeString(docs.resolve("parking.md"), "# Parking\n\nVisitors park on level minus two.");
        Files.writeString(docs.resolve("paper.doc"), "\u00d0\u00cf\u0011\u00e0");
        Files.writeString(docs.resolve("appendix.doc"), "\u00d0\u00cf\u0011\u00e0");
        Files.writeString(docs.resolve("onboarding.rtf"), "PK");
        Files.writeString(docs.resolve("logo.png"), "not documentation");

        CommandLineRun index = CommandLineRun.against(elasticsearch.uri(), "", "index", docs.toString(), "--kb", "mixed");

        assertThat(index.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(index.err()).contains("1 added").contains("  not read: 2 .doc files, 1 .rtf file, in formats Docent does not read")
                .doesNotContain(".png");

        Files.delete(docs.resolve("parking.md"));
        CommandLineRun nothing = CommandLineRun.against(elasticsearch.uri(), "", "index", docs.toString(), "--kb", "manpages");

        assertThat(nothing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(nothing.err()).contains("Found no documents to index in " + docs)
                .contains("it holds 2 .doc files, 1 .rtf file, which Docent does not read; the knowledge base was left as it was.");
    }

    @Test
    void missingDirectoryIsAClearError() {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "index", docs.resolve("nope").toString(), "--kb", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("docent: Cannot index " + docs.resolve("nope") + ": it is not a directory.\n");
        assertThat(run.elasticsearchStarts()).isZero();
    }
}
