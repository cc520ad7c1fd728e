package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.cli.ExitCode;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.index.KnowledgeBaseIndices;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedElasticsearchTest
class FirstRunTest {

    ElasticsearchEndpoint elasticsearch;

    @BeforeEach
    void emptyElasticsearch() {
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty())) {
            List<String> indices = List.copyOf(connection.call(c -> c.indices()
                    .get(g -> g.index(KnowledgeBaseIndices.ALIAS_PREFIX + "*")).indices().keySet()));
            if (!indices.isEmpty()) {
                connection.call(c -> c.indices().delete(d -> d.index(indices)));
            }
        }
    }

    @Test
    void firstQuestionOnAnEmptyIndexIndexesTheBundledSampleShowingProgress() {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "Which plans include SAML single sign-on?");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("No knowledge base yet: indexing the bundled sample 'sample'")
                .contains("Indexing sample").containsPattern("Indexed 'sample' \\(rebuild\\) in [\\d.]+ s: 4\\d added, 0 changed, 0 removed, 0 unchanged, 0 failed; \\d+ chunks written");
        assertThat(run.out()).contains("[1]").contains(SampleKnowledgeBase.BASE_URL + "accounts/single-sign-on");
    }

    @Test
    void theSampleAskedForByNameIsIndexedWhenOnlyOtherKnowledgeBasesExist(@TempDir Path docs) throws IOException {
        Files.writeString(docs.resolve("setup.md"), "# Setup\n\nInstall the widget with the installer.");
        CommandLineRun index = CommandLineRun.against(elasticsearch.uri(), "", "index", docs.toString(), "--kb", "own-docs");
        assertThat(index.exitCode()).as(index.err()).isEqualTo(ExitCode.OK);

        CommandLineRun withoutName = CommandLineRun.against(elasticsearch.uri(), "", "ask", "How do I install the widget?");
        assertThat(withoutName.err()).doesNotContain("indexing the bundled sample");

        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "--kb", "sample",
                "Which plans include SAML single sign-on?");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("The sample is not indexed yet: indexing the bundled sample 'sample'");
        assertThat(run.out()).contains(SampleKnowledgeBase.BASE_URL + "accounts/single-sign-on");
    }

    @Test
    void knowledgeBasesThatMeasurementsIndexedDoNotCountAsTheTeamsDocs(@TempDir Path docs) throws IOException {
        Files.writeString(docs.resolve("abstract.md"), "# Single sign-on study\n\nSingle sign-on reduces password resets.");
        CommandLineRun index = CommandLineRun.against(elasticsearch.uri(), "", "index", docs.toString(), "--kb", "eval-docsqa");
        assertThat(index.exitCode()).as(index.err()).isEqualTo(ExitCode.OK);

        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "--json", "How do I set up single sign-on?");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("No knowledge base yet: indexing the bundled sample 'sample'");
        assertThat(run.out()).contains("\"knowledgeBase\":\"sample\"").doesNotContain("eval-docsqa");
    }

    @Test
    void aKnowledgeBaseAskedForByNameIsAnsweredFromWithoutIndexingTheSample(@TempDir Path docs) throws IOException {
        Files.writeString(docs.resolve("abstract.md"), "# Single sign-on study\n\nSingle sign-on reduces password resets.");
        CommandLineRun index = CommandLineRun.against(elasticsearch.uri(), "", "index", docs.toString(), "--kb", "eval-docsqa");
        assertThat(index.exitCode()).as(index.err()).isEqualTo(ExitCode.OK);

        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "--json", "--kb", "eval-docsqa",
                "Does single sign-on reduce password resets?");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).doesNotContain("indexing the bundled sample");
        assertThat(run.out()).contains("\"knowledgeBase\":\"eval-docsqa\"").doesNotContain("\"knowledgeBase\":\"sample\"");
    }

    @Test
    void anUnknownKnowledgeBaseOnAnEmptyIndexIsAClearErrorAndIndexesNothing() {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "--kb", "own-docs", "sso?");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("Unknown knowledge base 'own-docs'. Known knowledge bases: none yet")
                .doesNotContain("indexing the bundled sample");
    }

    @Test
    void withTheSampleSwitchedOffAnEmptyIndexIsAClearError() {
        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_SAMPLE", "off"),
                CommandLineRun.starterFor(elasticsearch.uri()), "", "ask", "sso?");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("docent: There are no knowledge bases in Elasticsearch yet");
    }
}
