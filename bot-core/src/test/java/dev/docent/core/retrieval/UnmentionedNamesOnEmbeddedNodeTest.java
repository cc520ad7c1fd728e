package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.index.IndexedPassage;
import dev.docent.core.knowledge.KnowledgeBaseCatalog;
import dev.docent.core.relevance.RelevanceModel;
import dev.docent.core.testing.SupportDocs;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which names of a question's subject the docs mention, however they write them ({@link UnmentionedNames}). */
@EmbeddedElasticsearchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnmentionedNamesOnEmbeddedNodeTest {

    private static final String KB = "names";
    private static final Set<String> SCOPE = Set.of(KB);

    ElasticsearchEndpoint elasticsearch;
    private ElasticsearchConnection connection;
    private HybridRetriever retriever;

    @BeforeAll
    void writeDocs() {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        new KnowledgeBaseCatalog(connection, Clock.systemUTC()).createIfAbsent(KB);
        SupportDocs.write(connection, List.of(
                passage("rules/no-explicit-any.md", "no-explicit-any",
                        "Disallow the `any` type. Set `ignoreRestArgs` to allow `any` in rest arguments."),
                passage("rules/no-floating-promises.md", "no-floating-promises", "Require promises to be handled."),
                passage("rules/ban-ts-comment.md", "ban-ts-comment", "Disallow `@ts-<directive>` comments."),
                passage("how-to/fixtures.md", "Fixtures", "Use `pytest.mark.usefixtures` to apply a fixture to every test of a class."),
                passage("reference/config.md", "Configuration", "Markers are listed under `tool.pytest.ini_options` in pyproject.toml."),
                passage("rules/dot-notation.md", "dot-notation", "Enforce dot notation. Options: `allowKeywords`, `allowPattern`.")));
        retriever = new HybridRetriever(new PassageSearch(connection), QueryEmbedder.forBge(SupportDocs.model()),
                HybridRetriever.Settings.defaults(), RelevanceModel.bundled().ranker());
    }

    @AfterAll
    void close() {
        connection.close();
    }

    @Test
    void aRequestedOptionNoPageNamesIsUnmentioned() {
        String request = "Enhancement: [dot-notation] Add an allowNonIndexedObject option\n"
                + "I would like `obj['key']` to be allowed when the type has no index signature.";

        assertThat(retriever.unmentionedNames(request, SCOPE)).as("as the asker wrote it").containsExactly("allowNonIndexedObject");
        assertThat(retriever.retrieve(request, SCOPE).pages().getFirst().documentId()).isEqualTo("rules/dot-notation.md");
    }

    @Test
    void aRequestedRuleNoPageNamesIsUnmentioned() {
        assertThat(retriever.unmentionedNames("New Rule: max-functions-per-file\nJust like max-classes-per-file, but for functions.", SCOPE))
                .containsExactly("max-functions-per-file");
    }

    /**
     * As asked, joined ({@code ignore-rest-args} for {@code ignoreRestArgs}), one letter away, as the end
     * of a longer name, or extending a dotted name the docs hold.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Add `ignoreRestArgs` to no-explicit-any\nplease",
        "[no-explicit-any] Add `ignore-rest-args` equivalent option\nas tslint had",
        "[no-void] has conflict with [no-floating-promise]\nwhen I send an async task",
        "Document that `mark.usefixtures` does not work on fixtures\nIt is silently ignored.",
        "add option to allow a ts-comment if there is a description\nlike tslint",
        "tool.pytest.ini_options.markers in pyproject.toml not recognized\nMy markers are not registered."})
    void aNameTheDocsWriteAnotherWayIsMentioned(String question) {
        assertThat(retriever.unmentionedNames(question, SCOPE)).isEmpty();
    }

    private static IndexedPassage passage(String doc, String title, String text) {
        return IndexedPassage.of(KB, doc, 0, title, List.of(), text, "https://docs.example/" + doc, "hash-" + doc, null);
    }
}
