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

/**
 * A question's words read as the docs write them: a short question's misspelt word searched as the
 * docs spell it ({@link SpellingCorrection}), a compound together or apart as the docs write it
 * ({@link CompoundWords}), and the names of a request's subject found however the docs write them
 * ({@link UnmentionedNames}).
 */
@EmbeddedElasticsearchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordsAsTheDocsWriteThemOnEmbeddedNodeTest {

    private static final String KB = "words";
    private static final Set<String> SCOPE = Set.of(KB);

    ElasticsearchEndpoint elasticsearch;
    private ElasticsearchConnection connection;
    private PassageSearch search;
    private HybridRetriever retriever;

    @BeforeAll
    void writeDocs() {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        new KnowledgeBaseCatalog(connection, Clock.systemUTC()).createIfAbsent(KB);
        SupportDocs.write(connection, List.of(
                passage("accounts/passwords.md", "Passwords", "A password needs at least 12 characters. Change your password in Settings."),
                passage("accounts/reset.md", "Reset a password", "Forgot your password? Ask for a reset link on the sign-in page."),
                passage("security/policy.md", "Security policy", "Admins can require a new password every 90 days."),
                passage("api/pagination.md", "Pagination", "A page holds at most 100 results; the minimum page length is 1."),
                passage("types/serial.md", "Serial types", "The serial types are autoincrementing integer columns."),
                passage("ddl/identity.md", "Identity columns", "An identity column is an autoincrementing column the table owns."),
                passage("sql/create-sequence.md", "CREATE SEQUENCE", "A sequence backs every autoincrementing column."),
                passage("types/datetime.md", "Date and time types", "Dates are shown in the session's time zone."),
                passage("config/locale.md", "Locale settings", "Set the time zone in the configuration file."),
                passage("functions/datetime.md", "Date functions", "Convert a timestamp to another time zone with AT TIME ZONE."),
                passage("ddl/columns.md", "Adding a column", "Add a column to a table with ALTER TABLE; make it NOT NULL with a default."),
                passage("rules/no-explicit-any.md", "no-explicit-any",
                        "Disallow the `any` type. Set `ignoreRestArgs` to allow `any` in rest arguments."),
                passage("rules/no-floating-promises.md", "no-floating-promises", "Require promises to be handled."),
                passage("rules/ban-ts-comment.md", "ban-ts-comment", "Disallow `@ts-<directive>` comments."),
                passage("how-to/fixtures.md", "Fixtures", "Use `pytest.mark.usefixtures` to apply a fixture to every test of a class."),
                passage("reference/config.md", "Configuration", "Markers are listed under `tool.pytest.ini_options` in pyproject.toml."),
                passage("rules/dot-notation.md", "dot-notation", "Enforce dot notation. Options: `allowKeywords`, `allowPattern`.")));
        search = new PassageSearch(connection);
        retriever = new HybridRetriever(search, QueryEmbedder.forBge(SupportDocs.model()), HybridRetriever.Settings.defaults(),
                RelevanceModel.bundled().ranker());
    }

    @AfterAll
    void close() {
        connection.close();
    }

    @Test
    void theIndexNamesTheWordsNoPassageHoldsWithTheClosestOneThatDoes() {
        List<Misspelling> found = search.misspellings("minimum pasword length", SCOPE).join();

        assertThat(found).as("minimum and length are in a passage").singleElement().satisfies(m -> {
            assertThat(m.word()).isEqualTo("pasword");
            assertThat(m.correction()).isEqualTo("password");
            assertThat(m.offset()).isEqualTo("minimum ".length());
            assertThat(m.length()).isEqualTo("pasword".length());
            assertThat(m.pages()).isEqualTo(3);
        });
    }

    @Test
    void aShortQuestionWithAMistypedWordFindsThePageThatUsesTheWord() {
        Retrieval retrieval = retriever.retrieve("minimum pasword length?", SCOPE);

        assertThat(retrieval.query().text()).isEqualTo("minimum password length?");
        assertThat(retrieval.pages().getFirst().documentId()).isEqualTo("accounts/passwords.md");
    }

    @Test
    void passagesAreCountedByStemAndPhrase() {
        assertThat(search.passageCounts(List.of("autoincrement", "auto increment", "time zone", "timezone"), SCOPE).join())
                .containsEntry("autoincrement", 3L)
                .containsEntry("auto increment", 0L)
                .containsEntry("time zone", 3L)
                .containsEntry("timezone", 0L);
    }

    @Test
    void aCompoundWrittenApartIsSearchedAsTheOneWordTheDocsUse() {
        Retrieval retrieval = retriever.retrieve("How do I make a column auto increment?", SCOPE);

        assertThat(retrieval.query().text()).isEqualTo("How do I make a column autoincrement?");
        assertThat(retrieval.pages().subList(0, 3)).extracting(RankedPage::documentId)
                .containsExactlyInAnyOrder("types/serial.md", "ddl/identity.md", "sql/create-sequence.md");
    }

    @Test
    void aCompoundWrittenTogetherIsSearchedAsTheTwoWordsTheDocsUse() {
        assertThat(retriever.retrieve("Which timezone are dates shown in?", SCOPE).query().text())
                .isEqualTo("Which time zone are dates shown in?");
    }

    /** Neither check runs on a long question: it has words enough to find its page, as asked. */
    @ParameterizedTest
    @ValueSource(strings = {
        "We set a minimum pasword length for everyone in the workspace last month, but people who signed up "
                + "before that still sign in with short ones. Is the minimum applied at the next sign-in, at the next change, "
                + "or never for existing accounts? We would rather not force everyone to change theirs today.",
        "Our import job creates the table first and then fills it, and we would like the id column to auto "
                + "increment the way it did in the database we came from, without writing a trigger for every table. Is "
                + "there a column type or a setting for that, and does it still work when rows are copied in with COPY?"})
    void aLongQuestionWithATypoOrACompoundWrittenApartIsSearchedAsAsked(String question) {
        assertThat(retriever.retrieve(question, SCOPE).query().text()).isEqualTo(question);
    }

    /** "Europe" where the docs write "European", a mistyped "pasword"; "Dat" is not "dates". */
    @Test
    void aWordIsUsedInAnyFormThatStartsAsItDoesOrOneLetterAwayAndAShortOneOnlyAsWritten() {
        assertThat(retriever.unusedWords(List.of("Kafka", "Passwords", "Sequences", "Locales", "pasword", "Dat"), SCOPE))
                .containsExactly("Kafka", "Dat");
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
        return IndexedPassage.of(KB, doc, 0, 1, title, List.of(), text, "https://docs.example/" + doc, "hash-" + doc, null);
    }
}
