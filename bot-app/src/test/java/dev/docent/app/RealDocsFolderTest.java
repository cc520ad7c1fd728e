package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.runtime.DocentRuntime;
import dev.docent.app.runtime.RunningElasticsearch;
import dev.docent.core.Docent;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.Reply;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.question.Question;
import dev.docent.core.retrieval.PassageSearch;
import dev.docent.core.retrieval.SearchHit;
import dev.docent.core.reindex.ReindexListener;
import dev.docent.core.reindex.ReindexSummary;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import dev.docent.indexer.source.DirectorySource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Documentation as real sites keep it - front matter, site markup, one guide per language binding,
 * a page kept once per release and translated into Chinese and French, a Sphinx settings reference, an API reference page with a section per method, release notes that mention everything, a
 * navigation stub - indexed by the real indexer into the embedded node and asked through the whole
 * answer pipeline.
 */
@EmbeddedElasticsearchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDocsFolderTest {

    private static final String KB = "quillkit";

    ElasticsearchEndpoint elasticsearch;
    private ElasticsearchConnection connection;
    private DocentRuntime runtime;
    private Docent docent;
    private ReindexSummary report;

    @BeforeAll
    void indexTheFolder() throws URISyntaxException {
        connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty());
        runtime = DocentRuntime.using(RunningElasticsearch.external(connection), SampleFixture.model());
        Path docs = Path.of(RealDocsFolderTest.class.getResource("/quillkit-docs").toURI());
        report = runtime.indexer().index(KB, new DirectorySource(docs, "https://quillkit.example/docs/"), ReindexListener.NONE);
        docent = runtime.uncachedDocent(Set.of(KB));
    }

    @AfterAll
    void close() {
        runtime.close();
    }

    @Test
    void aNavigationStubIsAnEmptyPageNotAFailure() {
        assertThat(report.failures()).isEmpty();
        assertThat(report.emptyDocuments()).contains("navigation.md");
    }

    @Test
    void aQuestionThatNamesItsLanguageIsAnsweredFromThatLanguagesGuideOnly() {
        Answer python = ask("How do I install Quillkit with pip for Python?");
        Answer java = ask("How do I add Quillkit to my Maven project in Java?");

        assertThat(python.citations()).isNotEmpty().extracting(Citation::documentId).containsOnly("intro-python.md");
        assertThat(java.citations()).isNotEmpty().extracting(Citation::documentId).containsOnly("intro-java.md");
        assertThat(python.retrieved().pages()).extracting(p -> p.documentId())
                .doesNotContain("intro-java.md", "intro-js.md");
    }

    @Test
    void aQuestionThatPastesPythonWithoutSayingSoIsAnsweredFromThePythonGuide() {
        Answer answer = ask("What do I need to install before my first test runs?\nMy test:\n"
                + "def test_first(page):\n    page.goto('https://example.com')");

        assertThat(answer.citations()).isNotEmpty().extracting(Citation::documentId).containsOnly("intro-python.md");
    }

    @Test
    void aQuestionIsAnsweredFromTheCurrentDocsUnlessItNamesAnOlderRelease() {
        Answer current = ask("How do I give a slow test more time before it times out?");
        Answer older = ask("We are still on Quillkit 1.4. How do I give a slow test more time before it times out?");

        assertThat(current.citations()).isNotEmpty().extracting(Citation::documentId).containsOnly("timeouts.md");
        assertThat(current.retrieved().pages()).extracting(p -> p.documentId()).doesNotContain("v1/timeouts.md");
        assertThat(older.citations()).isNotEmpty().extracting(Citation::documentId)
                .startsWith("v1/timeouts.md").doesNotContain("timeouts.md");
    }

    @Test
    void aTranslatedPageIsCitedToThoseWhoAskInItsLanguageAndNeverListedBesideThePageItTranslates() {
        Answer english = ask("How do I give a slow test more time before it times out?");
        Answer chinese = ask("如何给较慢的测试更多时间？");
        Answer french = ask("Comment donner plus de temps à un test lent ?");

        assertThat(english.citations()).isNotEmpty().extracting(Citation::documentId).containsOnly("timeouts.md");
        assertThat(english.retrieved().pages()).extracting(p -> p.documentId())
                .doesNotContain("zh/timeouts.md", "fr/timeouts.md");
        assertThat(chinese.citations()).isNotEmpty().extracting(Citation::documentId).containsOnly("zh/timeouts.md");
        assertThat(french.citations()).isNotEmpty().extracting(Citation::documentId).containsOnly("fr/timeouts.md");
        assertThat(french.retrieved().pages()).extracting(p -> p.documentId())
                .doesNotContain("timeouts.md", "zh/timeouts.md");
    }

    @Test
    void aSettingASphinxPageDescribesIsCitedAtItsOwnSection() {
        Answer answer = ask("How do I keep a trace of each failing test?");

        assertThat(answer.citations()).isNotEmpty();
        Citation first = answer.citations().getFirst();
        assertThat(first.documentId()).isEqualTo("reference/settings.rst");
        assertThat(first.section()).contains("trace_on_failure");
        assertThat(first.url()).endsWith("#confval-trace_on_failure");
        assertThat(answer.text()).contains("Records a trace of every failing test").doesNotContain("toctree", "confval");
    }

    @Test
    void anIssueShapedQuestionAboutAnApiMethodCitesItsReferenceSectionNotTheReleaseNotes() {
        Answer answer = ask("[Question] upload a file with page.setInputFiles\n"
                + "I call `page.setInputFiles('#upload', 'a.pdf')` and want to clear it again afterwards, how?");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().getFirst().documentId()).isEqualTo("api/class-page.md");
        assertThat(answer.citations().getFirst().section()).contains("page.setInputFiles");
    }

    @Test
    void aPythonUsersSnakeCaseNameFindsTheReferenceThatSpellsItInCamelCase() {
        Answer answer = ask("How do I empty the selection again with page.set_input_files?");
        List<SearchHit> byWords = new PassageSearch(connection).lexical("set_input_files", Set.of(KB), 5).join();

        assertThat(byWords).as("the words alone, without the embedding's help").isNotEmpty();
        assertThat(byWords.getFirst().documentId()).isEqualTo("api/class-page.md");
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().getFirst().documentId()).isEqualTo("api/class-page.md");
        assertThat(answer.citations().getFirst().section()).contains("page.setInputFiles");
    }

    @Test
    void aPastedStackTraceIsSearchedByItsMessageNotByItsFrames() {
        Answer answer = ask("""
                Slow test keeps failing: how do I give it more time?
                TimeoutError: test exceeded its timeout
                    at Runner.runWithRetries (/app/node_modules/quillkit/lib/runner/retries.js:88:9)
                    at WorkerPool.dispatch (/app/node_modules/quillkit/lib/runner/workers.js:140:9)
                    at DotReporter.onTestEnd (/app/node_modules/quillkit/lib/reporters/dot.js:51:9)
                    at ListReporter.printRetry (/app/node_modules/quillkit/lib/reporters/list.js:77:9)
                    at HeadedBrowser.launch (/app/node_modules/quillkit/lib/browsers/headed.js:23:9)
                    at Screenshot.capture (/app/node_modules/quillkit/lib/page/screenshot.js:61:9)
                    at InputFiles.set (/app/node_modules/quillkit/lib/page/set-input-files.js:19:9)
                    at Cli.parseReporter (/app/node_modules/quillkit/lib/cli/reporter-option.js:30:9)
                    at Cli.parseWorkers (/app/node_modules/quillkit/lib/cli/workers-option.js:12:9)
                    at Cli.parseRetries (/app/node_modules/quillkit/lib/cli/retries-option.js:15:9)
                """);

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().getFirst().documentId()).isEqualTo("timeouts.md");
    }

    @Test
    void aReportThatPastesACommandIsAnsweredFromTheSectionThatDefinesItsOption() {
        Answer answer = ask("Bug: failing tests run three times in CI\n"
                + "We run `npx quillkit test --retries 2 --workers 2 --reporter dot` and every failing test shows up three "
                + "times in the report. Expected each test to run once.");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().getFirst().documentId()).isEqualTo("cli.md");
        assertThat(answer.citations().getFirst().section()).contains("--retries");
    }

    @Test
    void aManPagesOptionIsASectionOfItsOwnAndAnswersWhatItDoes() {
        Answer answer = ask("What does the --shard option do?");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().getFirst().documentId()).isEqualTo("man/quillkit-shard.html");
        assertThat(answer.citations().getFirst().section()).isEqualTo("OPTIONS > -s <i/n>, --shard=<i/n>");
        assertThat(answer.citations().getFirst().url()).as("the page gives the option no anchor of its own").endsWith("#_options");
        assertThat(answer.text()).startsWith("Runs only the i-th of n equal parts of the test files, so that n machines share one run.");
    }

    @Test
    void askedWhatAReferencePagesSubjectDoesTheAnswerOpensWithWhatThePageSaysItIs() {
        Answer answer = ask("What does toHaveScreenshot do?");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().getFirst().documentId()).isEqualTo("api/to-have-screenshot.md");
        assertThat(answer.text()).startsWith("Compares what the page shows now with a picture stored by an earlier run");
    }

    @Test
    void askedWhatAnApiEntryDoesTheAnswerOpensWithItsFirstSentenceThoughALaterPassageMatchesBetter() {
        Answer answer = ask("What does quillkit.expectClose do?");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().getFirst().documentId()).isEqualTo("api/assertions.md");
        assertThat(answer.text()).startsWith("Asserts that two numbers are equal to each other within a tolerance");
    }

    @Test
    void aWholeApiOnOnePageIsNotCitedAloneTheGuideBesideItIsToo() {
        Answer answer = ask("page.video() returns null. How do I turn on video recording?");

        assertThat(answer.citations()).extracting(Citation::documentId).as("the API page, thirty times the guide's length")
                .contains("reference/api.md", "videos.md");
        assertThat(answer.text()).contains("Video recording is off by default");
    }

    @Test
    void aQuestionAboutOneRowOfALimitsTableIsAnsweredFromThatRow() {
        Answer answer = ask("max characters for a test title?");

        assertThat(answer.citations()).isNotEmpty().extracting(Citation::documentId).first().isEqualTo("limits.md");
        assertThat(answer.text()).contains("Item: Test title; Limit: 1,024 characters").doesNotContain("Report titles");
    }

    @Test
    void siteMarkupNeverReachesAnAnswer() {
        Answer answer = ask("What Python version does Quillkit need?");

        assertThat(answer.text()).doesNotContain(":::").doesNotContain("{%").doesNotContain("{{");
        assertThat(answer.citations()).extracting(Citation::documentId).contains("intro-python.md");
    }

    @Test
    void aQuestionTheDocsDoNotCoverIsRefusedWithoutCitations() {
        Answer answer = ask("What is a good recipe for banana bread?");

        assertThat(answer.decision().reply()).isEqualTo(Reply.NOT_IN_DOCS);
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.relatedPages()).as("no page is close enough to be worth reading").isEmpty();
    }

    private Answer ask(String question) {
        return docent.answer(Question.fromConsole(question));
    }
}
