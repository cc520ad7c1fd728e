package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class FormatParsersTest {

    @Test
    void htmlOfThousandsOfUnclosedElementsIsReadOnAnOrdinaryThreadsStack() throws Exception {
        String html = "<html><body><h1>Deep</h1>" + "<div>".repeat(20_000) + "<p>Still read.</p>";

        assertThat(SmallStack.run(() -> new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "deep.html")
                .sections().getFirst().text())).isEqualTo("Still read.");
    }

    @Test
    void htmlKeepsOnlyTheMainContentWithSectionsAnchorsCodeAndTables() throws Exception {
        String html = """
                <!doctype html><html><head><title>Webhooks | Formwell Docs</title>
                <script>var tracking = "secret-tracker";</script><style>body{}</style></head>
                <body>
                <header><a href="/">Formwell</a> <nav><a href="/pricing">Pricing</a></nav></header>
                <aside class="sidebar"><ul><li>Sidebar link</li></ul></aside>
                <main>
                  <h1>Webhooks</h1>
                  <p>Formwell sends a <code>POST</code> for every submission.</p>
                  <h2 id="retry-policy">Retries <a class="header-anchor" href="#retry-policy">&#8203;</a></h2>
                  <p>Failed deliveries are retried.</p>
                  <ul><li>8 attempts</li><li>over 24 hours, see <tt>retry_</tt><code>policy</code></li></ul>
                  <h3>Schedule <a class="header-anchor" href="#schedule">#</a></h3>
                  <table><tr><th>Attempt</th><th>Delay</th></tr><tr><td>1</td><td>1 min</td></tr></table>
                  <pre>curl -X POST https://example.test/hook
                  -d '{}'</pre>
                  <button>Copy</button>
                </main>
                <footer>Copyright Formwell</footer>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Webhooks");
        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of(), List.of("Retries"), List.of("Retries", "Schedule"));
        assertThat(doc.sections()).extracting(Section::anchor).containsExactly("", "retry-policy", "schedule");
        String all = doc.sections().stream().map(Section::text).reduce("", String::concat);
        assertThat(all).as("inline code in backticks, as Markdown writes it; adjacent code is one span")
                .contains("Formwell sends a `POST` for every submission.", "- 8 attempts", "- over 24 hours, see `retry_policy`",
                        "| 1 | 1 min |")
                .doesNotContain("Pricing", "Sidebar", "Copyright", "secret-tracker", "Copy");
        assertThat(doc.sections().get(2).blocks()).extracting(TextBlock::kind)
                .containsExactly(TextBlock.Kind.TABLE, TextBlock.Kind.CODE);
    }

    @Test
    void htmlTabPanelsOpenWithTheirTabsLabelAndATitleBlockNamesThePage() throws Exception {
        String html = """
                <html><head><title>Shiny Modules – Shiny for Python</title></head><body>
                <main id="quarto-document-content">
                <header id="title-block-header"><div class="quarto-title"><h1 class="title">Shiny Modules</h1></div></header>
                <div class="panel-tabset">
                  <ul class="nav nav-tabs" role="tablist">
                    <li class="nav-item"><a class="nav-link" data-bs-toggle="tab" data-bs-target="#tabset-1-1" aria-controls="tabset-1-1" href="">Express</a></li>
                    <li class="nav-item"><a class="nav-link" data-bs-toggle="tab" data-bs-target="#tabset-1-2" aria-controls="tabset-1-2" href="">Core</a></li>
                  </ul>
                  <div class="tab-content">
                    <div id="tabset-1-1" class="tab-pane active"><p>Use the module decorator.</p></div>
                    <div id="tabset-1-2" class="tab-pane"><p>Use module.ui and module.server.</p></div>
                  </div>
                </div>
                <div class="tabs-container">
                  <ul role="tablist"><li role="tab" aria-selected="true">macOS</li><li role="tab">Windows</li></ul>
                  <div><div role="tabpanel"><p>Run brew install shiny.</p></div><div role="tabpanel" hidden><p>Run winget install shiny.</p></div></div>
                </div>
                <div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked id="__tabbed_1_1" name="__tabbed_1" type="radio"><input id="__tabbed_1_2" name="__tabbed_1" type="radio">
                  <div class="tabbed-labels"><label for="__tabbed_1_1">pip</label><label for="__tabbed_1_2">conda</label></div>
                  <div class="tabbed-content"><div class="tabbed-block"><p>pip install shiny</p></div><div class="tabbed-block"><p>conda install shiny</p></div></div>
                </div>
                </main></body></html>
                """;

        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Shiny Modules");
        String all = doc.sections().stream().map(Section::text).reduce("", String::concat);
        assertThat(all).contains("Express\n\nUse the module decorator.", "Core\n\nUse module.ui and module.server.",
                "macOS\n\nRun brew install shiny.", "Windows\n\nRun winget install shiny.", "pip\n\npip install shiny",
                "conda\n\nconda install shiny").doesNotContain("- [Express]", "- macOS", "pip conda");
    }

    /** Sphinx documents reStructuredText's own roles, whose code holds backticks; JavaScript's template literals do too. */
    @Test
    void inlineCodeThatHoldsBackticksIsOneSpanBetweenLongerRuns() throws Exception {
        String html = """
                <html><body><main><h1>Intersphinx</h1>
                <p>A reference like <code><span class="pre">:py:class:`zipfile.ZipFile`</span></code> can then link to Python.</p>
                <p>Write <code>foo += ``;</code> or <code>`a${b}`</code>, and <code>pytest.</code><code>fail</code>.</p>
                </main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections().getFirst().text())
                .contains("A reference like `` :py:class:`zipfile.ZipFile` `` can then link to Python.",
                        "Write ```foo += ``;``` or `` `a${b}` ``, and `pytest.fail`.");
    }

    /** A footnote's mark would read as a citation of the answer's own sources. */
    @Test
    void aFootnotesMarkIsNotPartOfTheText() throws Exception {
        String html = """
                <html><body><main><h1>Directives</h1>
                <p>A numeric maxdepth option may be given; by default, all levels are included. <a class="footnote-reference brackets" href="#id6" id="id1" role="doc-noteref"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a></p>
                <p>Hooks run in order.<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup> Pandoc too.<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a> And GitHub.<sup><a href="#user-content-fn-3" id="user-content-fnref-3" data-footnote-ref>3</a></sup></p>
                </main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections().getFirst().text())
                .contains("by default, all levels are included.\n", "Hooks run in order. Pandoc too. And GitHub.")
                .doesNotContain("[1]", "1 Pandoc", ".2", ".3");
    }

    /** Sphinx's autosummary lists a module's functions in a table without a header row. */
    @Test
    void anHtmlTableWithoutAHeaderRowGetsAnEmptyOneSoThatItsFirstRowStaysARow() throws Exception {
        String html = """
                <html><body><h1>API</h1><h2 id="create">Create DataFrames</h2>
                <table class="autosummary longtable"><tbody>
                <tr><td><p><a href="read_csv.html"><code>read_csv</code></a>(urlpath)</p></td><td><p>Read CSV files.</p></td></tr>
                <tr><td><p><a href="read_orc.html"><code>read_orc</code></a>(path)</p></td><td><p>Read ORC files.</p></td></tr>
                </tbody></table>
                <h2 id="limits">Limits</h2>
                <table><thead><tr><td>Item</td><td>Limit</td></tr></thead><tbody><tr><td>Fields</td><td>250</td></tr></tbody></table>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Create DataFrames"), List.of("Limits"));
        assertThat(doc.sections().get(0).blocks()).containsExactly(new TextBlock(
                "| | |\n|---|---|\n| `read_csv`(urlpath) | Read CSV files. |\n| `read_orc`(path) | Read ORC files. |", TextBlock.Kind.TABLE));
        assertThat(doc.sections().get(1).blocks()).as("a row in the table's head is its header, whatever its cells")
                .containsExactly(new TextBlock("| Item | Limit |\n|---|---|\n| Fields | 250 |", TextBlock.Kind.TABLE));
    }

    @Test
    void rustdocTraitImplementationsWithTheirCopiedDocsAreNotText() throws Exception {
        String html = """
                <html><body><section id="main-content">
                <h1>Struct syn::DeriveInput</h1><span class="out-of-band"><a class="srclink" href="../src/syn/derive.rs.html">source</a>
                · <a id="toggle-all-docs" href="javascript:void(0)">[<span class="inner">&#x2212;</span>]</a></span>
                <details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary>
                <div class="docblock"><p>Data structure sent to a <code>proc_macro_derive</code> macro.</p></div></details>
                <h2 id="fields">Fields</h2><div class="docblock"><p>Attributes tagged on the whole struct or enum.</p></div>
                <h2 id="trait-implementations">Trait Implementations</h2><div id="trait-implementations-list">
                <details><summary><h3>impl Clone for DeriveInput</h3></summary>
                <div class="docblock"><p>Returns a copy of the value. Read more</p></div></details></div>
                <h2 id="synthetic-implementations">Auto Trait Implementations</h2>
                <div id="synthetic-implementations-list"><h3>impl Send for DeriveInput</h3></div>
                <h2 id="blanket-implementations">Blanket Implementations</h2>
                <div id="blanket-implementations-list"><h3>impl&lt;T&gt; From&lt;T&gt; for T</h3>
                <div class="docblock"><p>Returns the argument unchanged.</p></div></div>
                </section></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        String all = doc.sections().stream().map(Section::text).reduce("", String::concat);
        assertThat(all).contains("Data structure sent to a `proc_macro_derive` macro.", "Attributes tagged on the whole struct")
                .doesNotContain("copy of the value", "unchanged", "source", "·", "[", "Expand");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Fields"));
    }

    @Test
    void htmlBlockQuotesAreReadAsWhatTheyHoldTheirCodeACodeBlock() throws Exception {
        String html = """
                <h1>Write-Ahead Logging</h1>
                <p>To convert to WAL mode, use the following pragma:</p>
                <blockquote><pre>
                PRAGMA journal_mode=WAL;
                </pre></blockquote>
                <blockquote>A quoted remark in its own words.</blockquote>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::kind)
                .containsExactly(TextBlock.Kind.PROSE, TextBlock.Kind.CODE, TextBlock.Kind.PROSE);
        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::text).containsExactly(
                "To convert to WAL mode, use the following pragma:", "```\nPRAGMA journal_mode=WAL;\n```",
                "A quoted remark in its own words.");
    }

    @Test
    void htmlListItemsTitledByAParagraphOfTheirOwnReadAsTitleAndText() throws Exception {
        String html = """
                <h1>Limits</h1>
                <ol>
                <li><p><b>Maximum Database Size</b></p>
                <p>Every database consists of one or more pages.</p></li>
                <li><p>Maximum length of a string.</p><p>It is one billion bytes.</p></li>
                <li><p>Maximum number of columns</p></li>
                </ol>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections().getFirst().text()).isEqualTo("""
                1. Maximum Database Size: Every database consists of one or more pages.
                2. Maximum length of a string. It is one billion bytes.
                3. Maximum number of columns""");
    }

    /**
     * PostgreSQL's function tables: one column, each cell a signature paragraph and a description
     * paragraph, under a header of two paragraphs. The signature titles its description, and a title's
     * colon follows its last word, not the spaces written before the paragraph's end tag.
     */
    @Test
    void htmlCellsTitledByASignatureReadAsSignatureAndDescription() throws Exception {
        String html = """
                <h1>uuid-ossp</h1>
                <table class="table"><thead><tr><th class="func_table_entry"><p class="func_signature">
                        Function
                       </p>
                       <p>
                        Description
                       </p></th></tr></thead>
                <tbody><tr><td class="func_table_entry"><p class="func_signature">
                        <code class="function">uuid_generate_v1</code> ()
                        → <code class="returnvalue">uuid</code>
                       </p>
                       <p>
                        Generates a version 1 UUID.
                       </p></td></tr></tbody></table>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections().getFirst().text()).isEqualTo("""
                | Function: Description |
                |---|
                | `uuid_generate_v1` () → `uuid`: Generates a version 1 UUID. |""");
    }

    /** Sphinx cuts a numbered list at each example: the later lists start where the one before ended. */
    @Test
    void anOrderedListNumbersFromItsStart() throws Exception {
        String html = """
                <h1>Skipping</h1>
                <ol class="arabic simple"><li><p>Skip all tests in a module unconditionally:</p></li></ol>
                <div class="highlight-python"><pre>pytestmark = pytest.mark.skip("all tests still WIP")</pre></div>
                <ol class="arabic simple" start="2"><li><p>Skip all tests in a module if some import is missing:</p></li></ol>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::text).containsExactly(
                "1. Skip all tests in a module unconditionally:",
                "```\npytestmark = pytest.mark.skip(\"all tests still WIP\")\n```",
                "2. Skip all tests in a module if some import is missing:");
    }

    @Test
    void htmlAfterAnUnescapedPlaceholderKeepsItsSections() throws Exception {
        String html = """
                <h1>FTS</h1>
                <h2 id="languageid">The languageid= option</h2>
                <p>Declare it as languageid=<language-id> in the table definition.</p>
                <h2 id="matchinfo">The matchinfo= option</h2>
                <p>The matchinfo option changes the format.</p>
                <pre>SELECT 1;</pre>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of("The languageid= option"), List.of("The matchinfo= option"));
        assertThat(doc.sections().get(1).blocks()).extracting(TextBlock::kind)
                .containsExactly(TextBlock.Kind.PROSE, TextBlock.Kind.CODE);
    }

    @Test
    void htmlThatDescribesFunctionsGivesEachItsSectionAnchoredAtItsId() throws Exception {
        String html = """
                <html><body><main>
                <h1>API Reference<a class="headerlink" href="#api">¶</a></h1>
                <h2 id="functions">Functions</h2>
                <dl class="py function">
                <dt class="sig sig-object py" id="pytest.fail"><span class="sig-prename">pytest.</span><span class="sig-name">fail</span>(<em>reason</em>)<a class="reference internal" href="_modules/pytest.html#fail"><span class="viewcode-link"><span class="pre">[source]</span></span></a><a class="headerlink" href="#pytest.fail">¶</a></dt>
                <dd><p>Explicitly fail an executing test.</p><pre>pytest.fail("not ready")</pre></dd>
                </dl>
                <p>Fixtures are described below.</p>
                <dl><dt>worker</dt><dd>A process that runs tests.</dd></dl>
                </main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("API Reference");
        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of("Functions", "pytest.fail(reason)"), List.of("Functions"));
        assertThat(doc.sections()).extracting(Section::anchor).containsExactly("pytest.fail", "functions");
        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::text)
                .containsExactly("Explicitly fail an executing test.", "```\npytest.fail(\"not ready\")\n```");
        assertThat(doc.sections().get(1).blocks()).extracting(TextBlock::text)
                .containsExactly("Fixtures are described below.", "worker: A process that runs tests.");
    }

    /** Sphinx writes an overloaded function's other signatures as more terms, without an id, before its one description. */
    @Test
    void anOverloadedFunctionsSignaturesShareItsSection() throws Exception {
        String html = """
                <html><body><main><h1>tornado.gen</h1><h2 id="decorators">Decorators</h2>
                <dl class="py function">
                <dt class="sig sig-object py" id="tornado.gen.coroutine">tornado.gen.coroutine(func: Callable[[...], Generator]) → Callable</dt>
                <dt class="sig sig-object py">tornado.gen.coroutine(func: Callable[[...], _T]) → Callable</dt>
                <dd><p>Decorator for asynchronous generators.</p></dd>
                </dl>
                </main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of("Decorators", "tornado.gen.coroutine(func: Callable[[...], Generator]) → Callable"));
        assertThat(doc.sections().getFirst().anchor()).isEqualTo("tornado.gen.coroutine");
        assertThat(doc.sections().getFirst().text()).isEqualTo("Decorator for asynchronous generators.");
    }

    @Test
    void typeDocMembersKeepTheirOverloadsAndPartsTogetherUnderTheName() throws Exception {
        String html = """
                <html><head><title>Command | commander</title></head><body>
                <header class="tsd-page-toolbar"><a href="../index.html" class="title">commander</a></header>
                <div class="container container-main"><div class="col-content">
                <div class="tsd-page-title"><ul class="tsd-breadcrumb" aria-label="Breadcrumb">
                <li><a href="" aria-current="page">Command</a></li></ul><h1>Class Command</h1></div>
                <section class="tsd-panel-group tsd-member-group"><h2>Methods</h2>
                <section class="tsd-panel tsd-member"><h3 class="tsd-anchor-link" id="version"><span>version</span></h3>
                <ul class="tsd-signatures">
                <li><div class="tsd-signature tsd-anchor-link" id="version-1">version(str: string, flags?: string): this</div>
                <div class="tsd-description"><div class="tsd-comment tsd-typography"><p>Set the program version to <code>str</code>.</p></div>
                <div class="tsd-parameters"><h4 class="tsd-parameters-title">Parameters</h4>
                <ul class="tsd-parameter-list"><li><span>str: string</span></li>
                <li><span><code class="tsd-tag">Optional</code>flags: string</span></li></ul></div>
                <h4 class="tsd-returns-title">Returns this</h4>
                <div class="tsd-comment tsd-typography"><div class="tsd-tag-example">
                <h4 class="tsd-anchor-link" id="example-1">Example</h4><pre><code>program.version('1.0.0');</code></pre></div></div>
                <aside class="tsd-sources"><ul><li>Defined in <a href="https://github.com/x/y/blob/v1/index.d.ts#L95">index.d.ts:95</a></li></ul></aside>
                </div></li>
                <li><div class="tsd-signature tsd-anchor-link" id="version-2">version(): string | undefined</div>
                <div class="tsd-description"><div class="tsd-comment tsd-typography"><p>Get the program version.</p></div></div></li>
                </ul></section></section></div>
                <div class="col-sidebar"><div class="page-menu"><div class="tsd-navigation settings">
                <details class="tsd-accordion"><summary class="tsd-accordion-summary"><h3>Settings</h3></summary>
                <div class="tsd-accordion-details"><div class="tsd-filter-visibility"><span>Member Visibility</span></div></div></details></div></div></div>
                </div></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Class Command");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Methods", "version"));
        assertThat(doc.sections().getFirst().anchor()).isEqualTo("version");
        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::text).containsExactly(
                "```\nversion(str: string, flags?: string): this\n```", "Set the program version to `str`.", "Parameters",
                "- str: string\n- `Optional` flags: string", "Returns this", "Example", "```\nprogram.version('1.0.0');\n```",
                "```\nversion(): string | undefined\n```", "Get the program version.");
    }

    @Test
    void jsDocEntriesKeepTheirPartsAndThePageIsNamedAboveItsArticle() throws Exception {
        String html = """
                <html><head><title>JSDoc: Module: Utils</title></head><body><div id="main">
                <h1 class="page-title">Module: Utils</h1>
                <section><header></header><article>
                <div class="container-overview"><div class="description"><p>A collection of utility functions.</p></div>
                <dl class="details"><dt class="tag-source">Source:</dt>
                <dd class="tag-source"><ul class="dummy"><li><a href="index.js.html">index.js</a>, <a href="index.js.html#line61">line 61</a></li></ul></dd></dl></div>
                <h3 class="subsection-title">Methods</h3>
                <h4 class="name" id=".timeout"><span class="type-signature">(static) </span>timeout<span class="signature">(asyncFn, milliseconds<span class="signature-attributes">opt</span>)</span></h4>
                <div class="description"><p>Sets a time limit on an asynchronous function.</p></div>
                <h5>Parameters:</h5>
                <table class="params"><thead><tr><th>Name</th><th>Description</th></tr></thead>
                <tbody><tr><td class="name"><code>milliseconds</code></td><td class="description last"><p>The time limit.</p></td></tr></tbody></table>
                <h5>Returns:</h5><div class="param-desc"><p>A wrapped function.</p></div>
                <h5>Example</h5><pre class="prettyprint"><code>var wrapped = async.timeout(myFunction, 1000);</code></pre>
                </article></section></div>
                <nav><h2><a href="index.html">Home</a></h2></nav></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "module-Utils.html");

        assertThat(doc.title()).isEqualTo("Module: Utils");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of(), List.of("Methods", "(static) timeout(asyncFn, milliseconds)"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("A collection of utility functions.");
        assertThat(doc.sections().getLast().blocks()).extracting(TextBlock::text).containsExactly(
                "Sets a time limit on an asynchronous function.", "Parameters:",
                "| Name | Description |\n|---|---|\n| `milliseconds` | The time limit. |", "Returns:", "A wrapped function.",
                "Example", "```\nvar wrapped = async.timeout(myFunction, 1000);\n```");
    }

    @Test
    void aNumpydocParametersTypeIsSetOffFromItsName() throws Exception {
        String html = """
                <html><head><title>pandas.DataFrame.xs</title></head><body><main><section id="pandas-dataframe-xs">
                <h1>pandas.DataFrame.xs</h1>
                <dl class="py method"><dt class="sig sig-object py" id="pandas.DataFrame.xs"><span class="sig-name descname">DataFrame.xs</span></dt>
                <dd><p>Return cross-section from the Series/DataFrame.</p>
                <dl class="field-list"><dt class="field-odd">Parameters<span class="colon">:</span></dt><dd class="field-odd"><dl>
                <dt><strong>drop_level</strong><span class="classifier">bool, default True</span></dt><dd><p>If False, returns object with same levels as self.</p></dd>
                <dt><strong>axis</strong> : <span class="classifier">int</span></dt><dd><p>Axis to retrieve cross-section on.</p></dd>
                </dl></dd></dl></dd></dl></section></main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "pandas.DataFrame.xs.html");

        String text = doc.sections().getLast().text();
        assertThat(text).contains("drop_level (bool, default True): If False, returns object with same levels as self.")
                .contains("axis : int: Axis to retrieve cross-section on.").doesNotContain("drop_levelbool");
    }

    @Test
    void aPageThatOnlyListsItsSourceIsEmpty() throws Exception {
        String html = """
                <html><head><title>JSDoc: Source: timeout.js</title></head><body><div id="main">
                <h1 class="page-title">Source: timeout.js</h1>
                <section><article><pre class="prettyprint source linenums"><code>export default function timeout(asyncFn, milliseconds, info) {
                    return initialParams((args, callback) => {});
                }</code></pre></article></section></div></body></html>
                """;

        assertThat(new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "timeout.js.html").sections()).isEmpty();
    }

    /** Sphinx's viewcode writes a page of each module's source, named "Source code for" the module. */
    @Test
    void aSphinxModuleSourcePageIsEmpty() throws Exception {
        String html = """
                <html><head><title>acme.api &#8212; Acme documentation</title></head><body><div class="body" role="main">
                <h1>Source code for acme.api</h1><div class="highlight"><pre>
                <span class="kn">import</span> <span class="nn">json</span>
                <div class="viewcode-block" id="get"><a class="viewcode-back" href="../../api.html#acme.api.get">[docs]</a>
                <span class="k">def</span> <span class="nf">get</span><span class="p">(</span><span class="n">url</span><span class="p">):</span>
                    <span class="sd">&quot;&quot;&quot;Sends a GET request.&quot;&quot;&quot;</span></div></pre></div></div></body></html>
                """;

        assertThat(new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "api.html").sections()).isEmpty();
    }

    @Test
    void aHeadingInsideAQuoteLabelsTheQuoteAndHoldsNothingAfterIt() throws Exception {
        String html = """
                <html><body><main><h1>API</h1><h2 id="errors">Errors</h2>
                <blockquote><h2 id="note">Note</h2><p>This section describes the default configuration.</p></blockquote>
                <h3 id="logger-trace"><code>logger.trace([message])</code></h3><p>Write a log at trace level.</p>
                </main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "api.html");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of("Errors"), List.of("Errors", "`logger.trace([message])`"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Note\n\nThis section describes the default configuration.");
    }

    @Test
    void anHtmlPageOpeningWithFrontMatterIsTitledByItAndDoesNotShowIt() throws Exception {
        String jekyll = """
                ---
                layout: docs
                title: Installing the CLI
                description: How to install the command line tool.
                ---

                <h2 id="requirements">Requirements</h2>
                {% include note.html content="Read the release notes first." %}
                <p>You need Node.js 18 or later{% if site.beta %} (or 16 for {{ site.product }} beta){% endif %}.</p>
                """;
        ParsedDocument doc = new HtmlParser().parse(jekyll.getBytes(StandardCharsets.UTF_8), "install.html");

        assertThat(doc.title()).isEqualTo("Installing the CLI");
        assertThat(doc.description()).isEqualTo("How to install the command line tool.");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Requirements"));
        assertThat(doc.sections()).extracting(Section::text).containsExactly("You need Node.js 18 or later (or 16 for beta).");

        String go = """
                <!--{
                	"Title": "A Quick Guide to Go's Assembler",
                	"Path":  "/doc/asm"
                }-->

                <h2 id="introduction">A Quick Guide to Go's Assembler</h2>
                <p>This document is a quick outline.</p>
                <h2 id="constants">Constants</h2>
                <p>Constant evaluation differs.</p>
                """;
        ParsedDocument goPage = new HtmlParser().parse(go.getBytes(StandardCharsets.UTF_8), "asm.html");

        assertThat(goPage.title()).isEqualTo("A Quick Guide to Go's Assembler");
        assertThat(goPage.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Constants"));
    }

    @Test
    void aFrontPageNamedAsItsSiteIsStillNamedByItsHeading() throws Exception {
        String html = """
                <html><head><title>pino | Pino</title></head><body><main><div class="vp-doc">
                <p><img src="banner.png" alt="banner"></p><h1 id="pino">pino</h1>
                <p>Very low overhead JavaScript logger.</p><h2 id="install">Install</h2><p>Using NPM.</p>
                </div></main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "index.html");

        assertThat(doc.title()).isEqualTo("pino");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Install"));
    }

    @Test
    void codeWithLineNumbersIsOneCodeBlockWithoutTheNumbers() throws Exception {
        String html = """
                <html><body><h1>Listings</h1>
                <h2 id="pygments">Pygments</h2>
                <div class="highlight"><table class="highlighttable"><tr>
                <td class="linenos"><div class="linenodiv"><pre><span class="normal">1</span>
                <span class="normal">2</span></pre></div></td>
                <td class="code"><div><pre><span></span><code><span class="k">def</span> get(url):
                    return request("get", url)
                </code></pre></div></td></tr></table></div>
                <h2 id="inline">Inline numbers</h2>
                <div class="highlight"><pre><span class="linenos">1</span>import json
                <span class="linenos">2</span>json.dumps(data)
                </pre></div>
                <h2 id="chroma">Chroma</h2>
                <div class="highlight"><div class="chroma"><table class="lntable"><tr>
                <td class="lntd"><pre tabindex="0" class="chroma"><code><span class="lnt">1
                </span></code></pre></td>
                <td class="lntd"><pre tabindex="0" class="chroma"><code class="language-go">fmt.Println("hi")
                </code></pre></td></tr></table></div></div>
                <h2 id="highlightjs">highlight.js</h2>
                <pre><code class="hljs"><table class="hljs-ln"><tbody>
                <tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="1"><div class="hljs-ln-n" data-line-number="1"></div></td>
                <td class="hljs-ln-line hljs-ln-code" data-line-number="1">const a = 1;</td></tr>
                <tr><td class="hljs-ln-line hljs-ln-numbers" data-line-number="2"><div class="hljs-ln-n" data-line-number="2"></div></td>
                <td class="hljs-ln-line hljs-ln-code" data-line-number="2">const b = 2;</td></tr>
                </tbody></table></code></pre>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).allSatisfy(section ->
                assertThat(section.blocks()).singleElement().extracting(TextBlock::kind).isEqualTo(TextBlock.Kind.CODE));
        assertThat(doc.sections()).extracting(Section::text).containsExactly(
                "```\ndef get(url):\n    return request(\"get\", url)\n```",
                "```\nimport json\njson.dumps(data)\n```",
                "```\nfmt.Println(\"hi\")\n```",
                "```\nconst a = 1;\nconst b = 2;\n```");
    }

    @Test
    void whereTheReferenceShowsOrPointsToItsOwnSourceIsNotThePage() throws Exception {
        String html = """
                <html><body><h1>json - JSON encoder and decoder</h1>
                <p><strong>Source code:</strong> <a href="https://github.com/python/cpython/tree/3.11/Lib/json/__init__.py">Lib/json/__init__.py</a></p>
                <p>JSON is a lightweight data interchange format.</p>
                <p><strong>Source code:</strong> the examples below are <a href="examples.html">on this page</a>.</p>
                <div class="doc doc-object doc-function">
                <h2 id="requests.api.get" class="doc doc-heading"><code>get(url, params=None, **kwargs)</code></h2>
                <div class="doc doc-contents"><p>Sends a GET request.</p>
                <details class="quote"><summary>Source code in <code>requests/api.py</code></summary>
                <div class="highlight"><pre><code>def get(url, params=None, **kwargs):
                    return request("get", url, params=params, **kwargs)</code></pre></div>
                </details></div></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).extracting(Section::text).containsExactly(
                "JSON is a lightweight data interchange format.\n\nSource code: the examples below are on this page.",
                "Sends a GET request.");
    }

    @Test
    void aGlossaryEntryThatOnlyPointsToAnotherGivesThatEntryAnotherName() throws Exception {
        String html = """
                <html><body><h1>Glossary</h1><dl class="glossary">
                <dt id="term-GIL">GIL</dt><dd><p>See <a href="#term-global-interpreter-lock">global interpreter lock</a>.</p></dd>
                <dt id="term-global-interpreter-lock">global interpreter lock</dt>
                <dd><p>The mechanism used by the interpreter to assure that only one thread executes bytecode at a time.</p></dd>
                <dt id="term-module">module</dt><dd><p>An object that serves as a unit of code.</p><p>See also package.</p></dd>
                <dt id="term-MRO">MRO</dt><dd><p>See method order.</p></dd>
                </dl></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of("global interpreter lock (GIL)"), List.of("module"), List.of("MRO"));
        assertThat(doc.sections().getFirst().anchor()).isEqualTo("term-global-interpreter-lock");
        assertThat(doc.sections().getFirst().text()).startsWith("The mechanism used by the interpreter");
    }

    @Test
    void markdownSeeEntriesJoinTheEntryTheyName() throws Exception {
        String markdown = """
                # Terms

                ## Single sign-on

                Signing in once with your company's identity provider.

                ## SSO

                See single sign-on.
                """;
        ParsedDocument doc = new MarkdownParser().parse(markdown.getBytes(StandardCharsets.UTF_8), "terms.md");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Single sign-on (SSO)"));
    }

    @Test
    void htmlQuestionsOfAFaqWrittenAsADefinitionListAreSectionsOfTheirOwn() throws Exception {
        String html = """
                <html><body><h1>FAQ</h1><h2 id="_common_issues">Common Issues</h2>
                <div class="dlist" id="last-commit-amend"><dl>
                <dt class="hdlist1">I've made a mistake in the last commit. How do I change it?</dt>
                <dd><p>Stage the change and run <code>git commit --amend</code>.</p></dd>
                </dl></div>
                <p>More issues follow.</p>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of("Common Issues", "I've made a mistake in the last commit. How do I change it?"), List.of("Common Issues"));
        assertThat(doc.sections()).extracting(Section::anchor).containsExactly("last-commit-amend", "_common_issues");
        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::text)
                .containsExactly("Stage the change and run `git commit --amend`.");
    }

    @Test
    void htmlOptionsAreSectionsOtherTermsLeadTheirDescriptionsAndCodeAndListsStayBlocks() throws Exception {
        String html = """
                <html><body><h1>git-stash(1)</h1><h2 id="_options">OPTIONS</h2>
                <div class="dlist"><dl>
                <dt class="hdlist1">-u</dt>
                <dt class="hdlist1">--include-untracked</dt>
                <dd><p>All untracked files are also stashed.</p>
                <div class="paragraph"><p>They are then cleaned up with <code>git clean</code>.</p></div></dd>
                <dt class="hdlist1">git stash show</dt>
                <dd><div class="listingblock"><pre>$ git stash show -p</pre></div><p>Shows the changes.</p></dd>
                <dt class="hdlist1">--mode</dt>
                <dd><ul><li>fast</li><li>safe</li></ul></dd>
                <dt class="field-odd">Returns<span class="colon">:</span></dt>
                <dd class="field-odd"><p>the stash entry</p></dd>
                </dl></div>
                <p>Options can be combined.</p>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("OPTIONS", "-u, --include-untracked"),
                List.of("OPTIONS"), List.of("OPTIONS", "--mode"), List.of("OPTIONS"));
        assertThat(doc.sections()).extracting(Section::anchor).as("the page gives the options no anchor of their own")
                .containsOnly("_options");
        assertThat(doc.sections()).extracting(section -> section.blocks().stream().map(TextBlock::text).toList()).containsExactly(
                List.of("All untracked files are also stashed.", "They are then cleaned up with `git clean`."),
                List.of("git stash show:", "```\n$ git stash show -p\n```", "Shows the changes."),
                List.of("- fast\n- safe"),
                List.of("Returns: the stash entry", "Options can be combined."));
    }

    /**
     * A theme that marks none of its frame as navigation (Django's docs, written in plain divs): the
     * site's name as a heading linking home, bars of links, and a sidebar around the page's content.
     */
    @Test
    void htmlSiteNameHeadingsAndLinkBarsAreNotThePage() throws Exception {
        String html = """
                <html><head><title>Sending email &#8212; Acme 3.2 documentation</title></head><body>
                <div id="hd"><h1><a href="../index.html">Acme 3.2 documentation</a></h1>
                <div id="global-nav"><a href="../index.html">Home</a> | <a href="../contents.html">Table of contents</a></div>
                <div class="nav">&laquo; <a href="signing.html">previous</a> | <a href="index.html">up</a> |
                <a href="i18n.html">next</a> &raquo;</div></div>
                <div id="bd"><div class="section" id="s-sending-email"><h1>Sending email</h1>
                <p>Use <code>send_mail()</code> in most cases.</p>
                <p><a href="backends.html">Backends</a>, <a href="testing.html">testing</a></p>
                <ul><li><p><a href="https://pypi.org/p/flaky">flaky</a> - <a href="https://example.org/post">blog post</a></p></li></ul>
                </div>
                <div id="sidebar"><h3>Last update:</h3><p>Nov 11, 2026</p></div></div>
                <div id="ft"><div class="nav"><a href="signing.html">previous</a> | <a href="i18n.html">next</a></div></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Sending email");
        assertThat(doc.sections()).singleElement().extracting(Section::headings).isEqualTo(List.of());
        assertThat(doc.sections().getFirst().text())
                .as("links set apart only by commas or dashes are what the page says, not a bar")
                .contains("Use `send_mail()` in most cases.", "Backends, testing", "flaky - blog post")
                .doesNotContain("Home", "previous", "Last update", "Nov 11");
    }

    /**
     * Apache's manual opens each page with the site's name in a paragraph and the page's translations
     * in a bar led by its label; a label before links set apart by commas is a sentence, and so is
     * one whose words stand between the links.
     */
    @Test
    void theSiteNameAsAParagraphAndALabelledLinkBarAreNotThePage() throws Exception {
        String html = """
                <html><head><title>core - Acme HTTP Server Version 2.4</title></head><body>
                <div id="page-header"><p class="apache">Acme HTTP Server Version 2.4</p></div>
                <div id="page-content"><div id="preamble"><h1>Acme Core Features</h1>
                <div class="toplang"><p><span>Available Languages: </span><a href="../de/core.html" hreflang="de">&nbsp;de&nbsp;</a> |
                <a href="../en/core.html">&nbsp;en&nbsp;</a> | <a href="../fr/core.html" hreflang="fr">&nbsp;fr&nbsp;</a></p></div>
                <p>Core features are always available.</p><p>See also: <a href="a.html">Options</a>, <a href="b.html">AllowOverride</a></p>
                <p>or using the <a href="c.html">downloadable</a> <a href="d.html">version</a> locally:</p>
                <p>Acme HTTP Server Version 2.4</p></div></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Acme Core Features");
        assertThat(doc.sections()).singleElement().extracting(Section::text).isEqualTo(
                "Core features are always available.\n\nSee also: Options, AllowOverride\n\nor using the downloadable version locally:"
                        + "\n\nAcme HTTP Server Version 2.4");
    }

    /**
     * texi2html sets its bar in a table of one row, links in brackets; Doxygen lists a member as a
     * row of two links (its name and type), which is content; and the site's name is branding only
     * before the page's own heading - MkDocs' command-line page has a section for the mkdocs command.
     */
    @Test
    void htmlLinkBarsInATableRowAreNotThePageButTheSiteNameAsALaterSectionIs() throws Exception {
        String html = """
                <html><head><title>Command Line Interface - MkDocs</title></head><body>
                <table><tr><td>[<a href="cli_1.html#SEC1">&lt;&lt;</a>]</td><td>&nbsp;</td>
                <td>[<a href="toc.html#Top">Top</a>]</td><td>[<a href="toc.html#Contents">Contents</a>]</td></tr></table>
                <h1>Command Line Interface</h1><p>Run it from a shell.</p>
                <table><tr><td><a href="a.html">A</a></td><td><a href="a.html#m_self">m_self</a></td></tr></table>
                <h2 id="mkdocs">mkdocs</h2><p>Project documentation with Markdown.</p>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Command Line Interface");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("mkdocs"));
        assertThat(doc.sections().getFirst().text()).contains("Run it from a shell.", "| A | m_self |")
                .doesNotContain("Top", "Contents");
    }

    /**
     * A Bootstrap theme's menus in a plain {@code <div class="navbar">}, and the page's table of contents
     * beside its text before its first heading (Django REST framework's docs); a list of links under a
     * heading is an index the page gives, and stays.
     */
    @Test
    void htmlMenusAndTablesOfContentsBesideThePageAreNotThePageAnIndexUnderAHeadingIs() throws Exception {
        String html = """
                <html><head><title>Viewsets - Acme REST</title></head><body>
                <div class="navbar navbar-inverse"><a class="brand" href="https://acme.test/">Acme REST</a>
                <ul class="nav"><li><a href="../..">Home</a></li><li><a href="../routers/">Routers</a></li></ul></div>
                <div class="span3"><ul class="nav nav-list"><li><a href="#viewsets">ViewSets</a><ul>
                <li><a href="#example">Example</a></li><li><a href="#actions">ViewSet actions</a></li></ul></li>
                <li><a href="#api-reference">API Reference</a><ul><li><a href="#viewset">ViewSet</a></li>
                <li><a href="#modelviewset">ModelViewSet</a></li></ul></li></ul></div>
                <div class="span9"><h1 id="viewsets">ViewSets</h1><p>A ViewSet groups related views.</p>
                <h2 id="settings-index">Settings index</h2>
                <ul><li><a href="#a">ADMINS</a></li><li><a href="#b">DEFAULT_CHARSET</a></li><li><a href="#c">EMAIL_HOST</a></li>
                <li><a href="#d">EMAIL_PORT</a></li><li><a href="#e">EMAIL_USE_TLS</a></li><li><a href="#f">SERVER_EMAIL</a></li></ul></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("ViewSets");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Settings index"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("A ViewSet groups related views.");
        assertThat(doc.sections().get(1).text()).contains("- ADMINS", "- SERVER_EMAIL");
    }

    /**
     * Node.js's API pages: a "#" mark in every heading that carries the heading's anchor, the list of
     * every module beside the text in plain divs, and a "Table of contents" disclosure before the text.
     */
    @Test
    void headingMarksMenusBesideTheTextAndAnEmptiedDisclosureAreNotThePage() throws Exception {
        String html = """
                <html><head><title>File system | Acme v18 Documentation</title></head><body>
                <div id="column2"><div id="intro"><a href="/">Acme</a></div>
                <ul><li><a href="documentation.html">About this documentation</a></li></ul>
                <ul><li><a href="assert.html">Assert</a></li><li><a href="buffer.html">Buffer</a></li>
                <li><a href="dns.html">DNS</a></li><li><a href="events.html">Events</a></li>
                <li><a href="fs.html">File system</a></li><li><a href="http.html">HTTP</a></li></ul>
                <ul><li><a href="https://github.com/acme">Code repository</a></li></ul></div>
                <div id="column1"><details id="toc" open><summary>Table of contents</summary>
                <ul><li><a href="#file-system">File system</a><ul><li><a href="#promise-example">Promise example</a></li>
                <li><a href="#callback-example">Callback example</a></li><li><a href="#sync-example">Synchronous example</a></li>
                <li><a href="#promises-api">Promises API</a></li><li><a href="#callback-api">Callback API</a></li></ul></li></ul></details>
                <div id="apicontent"><h2>File system<span><a class="mark" href="#file-system" id="file-system">#</a></span></h2>
                <p>The fs module reads and writes files.</p>
                <h3>Promise example<span><a class="mark" href="#fs-promise-example">#</a></span></h3><p>Await it.</p></div></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("File system");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Promise example"));
        assertThat(doc.sections()).extracting(Section::anchor).containsExactly("", "fs-promise-example");
        assertThat(doc.sections().getFirst().text()).isEqualTo("The fs module reads and writes files.");
    }

    /** Celery's theme: a version banner above every page's heading, which still names the page as its {@code <title>} does. */
    @Test
    void htmlHeadingThatNamesThePageIsItsTitleAlsoAfterABanner() throws Exception {
        String html = """
                <html><head><title>Frequently Asked Questions &#8212; Acme 5.2 documentation</title></head><body>
                <div class="body" role="main">
                <div class="deck"><p>This document describes the current stable version of Acme (5.2).</p></div>
                <h1>Frequently asked questions</h1><h2>General</h2>
                <p>Queue everything.</p></div></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Frequently asked questions");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("General"));
    }

    /**
     * What a site marks as not for its own search: SQLite's {@code nosearch} (its tagline, menu and the
     * banner naming the page again) and the exclusions of Pagefind, Material for MkDocs and Elastic's
     * crawler; and the labels of pictures, which are not read.
     */
    @Test
    void whatTheSiteKeepsOutOfItsOwnSearchAndLabelsOfPicturesAreNotThePage() throws Exception {
        String html = """
                <html><head><title>UPSERT</title></head><body>
                <div class=nosearch><a href="index.html"><img class="logo" src="logo.gif" alt="Acme"></a>
                <div class="tagline">Small. Fast. Reliable.<br>Choose any three.</div>
                <div class="menu submenu"><ul><li><a href="about.html">About</a></li><li><a href="docs.html">Documentation</a></li>
                <li><a href="download.html">Download</a></li></ul></div></div>
                <div class=fancy><div class=nosearch><div class="fancy_title">UPSERT</div></div>
                <h1 id="syntax">1. Syntax</h1>
                <p><b><a href="syntax/upsert-clause.html">upsert-clause:</a></b> <button>hide</button></p>
                <div class="imgcontainer"><svg><text>ON CONFLICT</text><text>DO NOTHING</text></svg></div>
                <p><b>Figure 1:</b></p><p><img src="flow.png" alt=""></p>
                <p>UPSERT is a clause added to INSERT.</p>
                <p data-pagefind-ignore>Was this page helpful?</p><div data-search-exclude><p>Edit this page.</p></div>
                <p data-elastic-exclude>Ask the community.</p>
                <h1 id="description">2. Description</h1><p>An UPSERT is an ordinary INSERT.</p></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("UPSERT");
        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of("1. Syntax"), List.of("2. Description"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("UPSERT is a clause added to INSERT.");
    }

    /**
     * A first-level heading numbered 1, or followed by other first-level headings, opens the page's
     * sections when the {@code <title>} names the page otherwise; one that is the page's only name, or
     * repeated by a top bar, or followed by an empty one, names it.
     */
    @Test
    void aFirstHeadingNumberedOneOrAmongOthersOpensTheSections() throws Exception {
        ParsedDocument numbered = new HtmlParser().parse("""
                <html><head><title>INSERT</title></head><body><h1 id="overview">1. Overview</h1><p>Inserts rows.</p>
                <h2 id="values">1.1. VALUES</h2><p>One row per list.</p></body></html>
                """.getBytes(StandardCharsets.UTF_8), "fallback");
        ParsedDocument named = new HtmlParser().parse("""
                <html><head><title>Erlang -- Applications</title></head><body><div class="topbar"><h1>7 Applications</h1></div>
                <h1 id=""><img src="logo.png"></h1><h1 id="applications">7 Applications</h1><p>An application is a component.</p>
                <h2 id="concept">7.1 Application Concept</h2><p>Started and stopped as a unit.</p></body></html>
                """.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(numbered.title()).isEqualTo("INSERT");
        assertThat(numbered.sections()).extracting(Section::headings)
                .containsExactly(List.of("1. Overview"), List.of("1. Overview", "1.1. VALUES"));
        assertThat(named.title()).isEqualTo("7 Applications");
        assertThat(named.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("7.1 Application Concept"));
    }

    /**
     * Doxygen's reference of a header: its summary tables, graphs, source links and footer are its
     * frame; each member is a section headed by its name, its signature code, not a table.
     */
    @Test
    void doxygenMembersAreSectionsWithTheirSignatureAsCodeWithoutTheFrame() throws Exception {
        String html = """
                <html><head><title>Acme: include/acme_render.h File Reference</title></head><body>
                <div id="titlearea">Acme 2.0</div>
                <div class="header"><div class="summary"><a href="#func-members">Functions</a></div>
                <div class="headertitle"><div class="title">acme_render.h File Reference</div></div></div>
                <div class="contents"><p>Header file for the 2D renderer. <a href="#details">More...</a></p>
                <div class="textblock"><code>#include "acme_video.h"</code></div>
                <div class="textblock"><div id="dynsection-0" class="dynheader closed">Include dependency graph for acme_render.h:</div>
                <div id="dynsection-0-summary" class="dynsummary"></div>
                <div id="dynsection-0-content" class="dyncontent"><div class="center"><img src="incl.png"></div></div></div>
                <p><a href="acme__render_8h_source.html">Go to the source code of this file.</a></p>
                <table class="memberdecls"><tr class="heading"><td colspan="2"><h2 class="groupheader">Functions</h2></td></tr>
                <tr class="memitem"><td class="memItemLeft">Acme_Renderer * </td><td class="memItemRight">Acme_CreateRenderer (Acme_Window *window)</td></tr></table>
                <h2 class="groupheader">Function Documentation</h2>
                <a id="a1" name="a1"></a><h2 class="memtitle"><span class="permalink"><a href="#a1">&#9670;&nbsp;</a></span>Acme_CreateRenderer()</h2>
                <div class="memitem"><div class="memproto"><table class="memname"><tr>
                <td class="memname">Acme_Renderer * Acme_CreateRenderer</td><td>(</td><td class="paramtype">Acme_Window *&#160;</td>
                <td class="paramname"><em>window</em>, </td></tr><tr><td></td><td></td><td class="paramtype">Uint32&#160;</td>
                <td class="paramname"><em>flags</em>&#160;</td></tr><tr><td></td><td>)</td><td></td><td></td></tr></table></div>
                <div class="memdoc"><p>Create a 2D rendering context for a window.</p>
                <p class="definition">Definition at line <a href="acme__render_8h_source.html#l00142">142</a> of file acme_render.h.</p>
                <p class="reference">References <a href="#a2">Acme_GetError()</a>.</p></div></div></div>
                <div id="nav-path" class="navpath"><ul><li class="navelem"><a href="dir_a.html">include</a></li>
                <li class="footer">Generated by <a href="https://www.doxygen.org/index.html">doxygen</a> 1.9.4</li></ul></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("acme_render.h File Reference");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Acme_CreateRenderer()"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Header file for the 2D renderer.\n\n`#include \"acme_video.h\"`");
        assertThat(doc.sections().get(1).anchor()).isEqualTo("a1");
        assertThat(doc.sections().get(1).blocks()).extracting(TextBlock::text).containsExactly(
                "```\nAcme_Renderer * Acme_CreateRenderer(Acme_Window * window, Uint32 flags)\n```",
                "Create a 2D rendering context for a window.");
    }

    /**
     * A hand-written FAQ lists its questions under its name and sets each in bold, in a paragraph of
     * its own, over its answer: the list is its table of contents, and each question heads a section,
     * anchored where the list links it; a bold question that leads more text is that text.
     */
    @Test
    void aQuestionSetInBoldHeadsItsAnswer() throws Exception {
        String html = """
                <html><head><title>Acme Frequently Asked Questions</title></head><body>
                <h1>Frequently Asked Questions</h1>
                <ol><li><a href="#q1">How do I create an AUTOINCREMENT field?</a></li><li><a href="#q2">What datatypes does Acme support?</a></li>
                <li><a href="#q3">Is Acme threadsafe?</a></li><li><a href="#q4">How do I list all tables?</a></li>
                <li><a href="#q5">Can several programs use one database?</a></li><li><a href="#q6">Are there size limits?</a></li></ol>
                <a name="q1"></a><p><b>(1) How do I create an AUTOINCREMENT field?</b></p>
                <blockquote><p>Short answer: a column declared INTEGER PRIMARY KEY will autoincrement.</p></blockquote>
                <a name="q2"></a><p><b>(2) What datatypes does Acme support?</b></p>
                <blockquote><p>Acme uses dynamic typing.</p><p><b>Why?</b> Flexibility.</p></blockquote>
                <a name="q4"></a><p><b>(4) How do I list all tables</b></p><blockquote><p>Query the schema table.</p></blockquote>
                <p><b>Acme lets me store text in an integer column!</b></p><p>Types are affinities.</p>
                <p><b>DO NOT</b></p><pre>SELECT * FROM t</pre><p><b>When you name a table, here are some rules:</b></p>
                <h2 id="more">More help</h2><p>Ask on the forum.</p>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Frequently Asked Questions");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of("(1) How do I create an AUTOINCREMENT field?"), List.of("(2) What datatypes does Acme support?"),
                List.of("(4) How do I list all tables"), List.of("More help"));
        assertThat(doc.sections()).extracting(Section::anchor).containsExactly("q1", "q2", "q4", "more");
        assertThat(doc.sections().getFirst().text()).isEqualTo("Short answer: a column declared INTEGER PRIMARY KEY will autoincrement.");
        assertThat(doc.sections().get(1).text()).isEqualTo("Acme uses dynamic typing.\n\nWhy? Flexibility.");
        assertThat(doc.sections().get(2).text()).isEqualTo(
                "Query the schema table.\n\nAcme lets me store text in an integer column!\n\nTypes are affinities.\n\nDO NOT\n\n"
                        + "```\nSELECT * FROM t\n```\n\nWhen you name a table, here are some rules:");
    }

    /** pydata-sphinx-theme's and sphinx-book-theme's "Contents" block and "previous / next" links, Furo's related pages. */
    @Test
    void sphinxThemesPageNavigationIsNotThePage() throws Exception {
        String html = """
                <html><head><title>Array &#8212; Acme documentation</title></head><body><main role="main">
                <div class="bd-toc"><div class="tocsection onthispage">Contents</div>
                <ul class="nav section-nav"><li><a href="#examples">Examples</a></li></ul></div>
                <h1>Array</h1><p>Acme Array cuts a large array into many small ones.</p>
                <a class="left-prev" href="faq.html"><p class="prev-next-subtitle">previous</p><p class="prev-next-title">FAQ</p></a>
                <div class="related-pages"><a class="next-page" href="best.html"><div class="context">Next</div>
                <div class="title">Best Practices</div></a></div>
                </main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Array");
        assertThat(doc.sections()).singleElement().extracting(Section::text)
                .isEqualTo("Acme Array cuts a large array into many small ones.");
    }

    /**
     * Sphinx's toctree, the list of pages an index page is made of, is navigation: a section of nothing
     * else is not read, one with words of its own keeps them without the list; a list of links that is
     * not a toctree, whose items say more than their link, is content.
     */
    @Test
    void sphinxTocTreesAreNavigation() throws Exception {
        String html = """
                <html><head><title>How-to guides &#8212; Acme documentation</title></head><body><div class="body" role="main">
                <section id="how-to"><h1>How-to guides</h1>
                <section id="core"><h2>Core functionality</h2><div class="toctree-wrapper compound"><ul>
                <li class="toctree-l1"><a class="reference internal" href="usage.html">How to invoke Acme</a></li>
                <li class="toctree-l1"><a class="reference internal" href="fixtures.html">How to use <code>fixtures</code></a>
                <ul><li class="toctree-l2"><a class="reference internal" href="fixtures.html#scope">Fixture scopes</a></li></ul></li>
                </ul></div></section>
                <section id="plugins"><h2>Plugins</h2><p>Acme grows by plugins.</p><div class="toctree-wrapper compound"><ul>
                <li class="toctree-l1"><a class="reference internal" href="plugins.html">How to install plugins</a>.</li>
                </ul></div></section>
                <section id="more"><h2>Further reading</h2><ul>
                <li><a href="https://example.org/talk">A talk</a> by the <a href="team.html">team</a></li>
                <li><a href="https://example.org/book">The Acme book</a>, second edition</li></ul></section>
                </section></div></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("How-to guides");
        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of("Plugins"), List.of("Further reading"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Acme grows by plugins.");
        assertThat(doc.sections().get(1).text()).isEqualTo("- A talk by the team\n- The Acme book, second edition");
    }

    /** Doxygen: the project's banner atop every page, and the page's name in a div rather than a heading. */
    @Test
    void doxygenPagesAreNamedByTheirHeaderTitleWithoutTheProjectBanner() throws Exception {
        String html = """
                <html><head><title>Acme: Special Commands</title></head><body>
                <div id="top"><div id="titlearea"><table><tr><td><div id="projectname">Acme</div></td></tr></table></div></div>
                <div id="doc-content"><div class="header"><div class="headertitle"><div class="title">Special Commands </div></div></div>
                <div class="contents"><h1><a class="anchor" id="cmd_intro"></a>Introduction</h1>
                <p>All commands start with a backslash.</p></div></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Special Commands");
        assertThat(doc.sections()).singleElement().satisfies(section -> {
            assertThat(section.headings()).containsExactly("Introduction");
            assertThat(section.text()).isEqualTo("All commands start with a backslash.");
        });
    }

    @Test
    void htmlWithoutAHeadingTakesItsTitleElement() throws Exception {
        ParsedDocument doc = new HtmlParser().parse("<html><head><title>FAQ</title></head><body><p>Answers.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), "fallback");
        assertThat(doc.title()).isEqualTo("FAQ");
        assertThat(doc.sections()).singleElement().extracting(Section::text).isEqualTo("Answers.");
    }

    /**
     * DocBook's HTML (PostgreSQL's manual, many GNU and GNOME manuals): the page's own name again as
     * its first heading (an h2 inside nested title divs), each section's id on the div around its
     * heading or on an empty {@code <a name>} inside it, and a table of contents in the page.
     */
    @Test
    void docBookHtmlGivesHeadingsTheAnchorsOfTheirSectionsAndItsOwnNameIsNoSection() throws Exception {
        String html = """
                <html><head><title>25.1.\u00a0Routine Vacuuming</title></head><body>
                <div class="navheader"><table width="100%" summary="Navigation header"><tr><th>25.1. Routine Vacuuming</th></tr>
                <tr><td><a accesskey="p" href="maintenance.html">Prev</a></td><td><a href="maintenance.html">Up</a></td></tr></table><hr /></div>
                <div class="sect1" id="ROUTINE-VACUUMING"><div class="titlepage"><div><div>
                <h2 class="title" style="clear: both">25.1. Routine Vacuuming</h2></div></div></div>
                <div class="toc"><dl class="toc"><dt><span class="sect2"><a href="#VACUUM-BASICS">25.1.1. Vacuuming Basics</a></span></dt>
                <dt><span class="sect2"><a href="#VACUUM-FOR-SPACE-RECOVERY">25.1.2. Recovering Disk Space</a></span></dt></dl></div>
                <p>Databases require periodic maintenance known as vacuuming.</p>
                <div class="sect2" id="VACUUM-BASICS"><div class="titlepage"><div><div>
                <h3 class="title">25.1.1. Vacuuming Basics</h3></div></div></div>
                <p>VACUUM FULL requires an exclusive lock on the table.</p></div>
                <div class="sect2"><div class="titlepage"><div><div>
                <h3 class="title"><a name="VACUUM-FOR-SPACE-RECOVERY"></a>25.1.2. Recovering Disk Space</h3></div></div></div>
                <p>Plain VACUUM does not return space to the operating system.</p>
                <div class="tip"><h3 class="title">Tip</h3><p>Run it often.</p></div></div>
                </div>
                <div class="navfooter"><table width="100%" summary="Navigation footer"><tr><td><a href="x.html">Next</a></td></tr></table></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("25.1. Routine Vacuuming");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(),
                List.of("25.1.1. Vacuuming Basics"), List.of("25.1.2. Recovering Disk Space"));
        assertThat(doc.sections()).extracting(Section::anchor)
                .containsExactly("", "VACUUM-BASICS", "VACUUM-FOR-SPACE-RECOVERY");
        assertThat(doc.sections().getFirst().text()).isEqualTo("Databases require periodic maintenance known as vacuuming.");
        String all = doc.sections().stream().map(Section::text).reduce("", String::concat);
        assertThat(all).doesNotContain("Prev", "Next", "Up");
    }

    /** The page's own name as its first heading, written with code where the {@code <title>} is plain words. */
    @Test
    void aFirstHeadingThatWritesThePageNameWithCodeIsThePageTitle() throws Exception {
        String html = """
                <html><head><title>37.51. sql_sizing</title></head><body>
                <div class="sect1" id="INFOSCHEMA-SQL-SIZING"><div class="titlepage"><div><div>
                <h2 class="title">37.51. <code class="literal">sql_sizing</code></h2></div></div></div>
                <p>The table <code class="literal">sql_sizing</code> contains information about size limits.</p></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).singleElement().extracting(Section::headings).isEqualTo(List.of());
    }

    /**
     * mdBook titles a section's page with words of its own and the book's name, over a first heading
     * that says it shorter, or with a hyphen the {@code <title>} leaves out. A heading after text, whose
     * words are not the page's name, stays a section.
     */
    @Test
    void aFirstHeadingWhoseWordsTheTitleHoldsIsThePageTitle() throws Exception {
        String html = """
                <html><head><title>Installing Binaries from Crates.io with cargo install - The Rust Programming Language</title></head>
                <body><main><h2 id="installing-binaries">Installing Binaries with <code>cargo install</code></h2>
                <p>The <code>cargo install</code> command installs binary crates.</p>
                <h3 id="paths">Paths</h3><p>Binaries go to <em>$HOME/.cargo/bin</em>.</p></main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Installing Binaries with `cargo install`");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Paths"));

        String hyphenated = """
                <html><head><title>Developing with Test Driven Development - The Book</title></head>
                <body><main><h2>Developing with Test-Driven Development</h2><p>Write the test first.</p></main></body></html>
                """;
        assertThat(new HtmlParser().parse(hyphenated.getBytes(StandardCharsets.UTF_8), "fallback").title())
                .isEqualTo("Developing with Test-Driven Development");

        String afterText = """
                <html><head><title>Installing Binaries with cargo install - The Rust Programming Language</title></head>
                <body><main><p>Cargo installs crates.</p><h2>Installing Binaries</h2><p>Run it.</p></main></body></html>
                """;
        ParsedDocument stays = new HtmlParser().parse(afterText.getBytes(StandardCharsets.UTF_8), "fallback");
        assertThat(stays.title()).isEqualTo("Installing Binaries with cargo install - The Rust Programming Language");
        assertThat(stays.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Installing Binaries"));
    }

    /**
     * Texinfo's HTML (GNU manuals): each node opens with a bar of links to its neighbours and a menu
     * of its subsections, the manual with its table of contents, and a definition's term ends with a
     * "¶" link. None of it is text, and the term is the heading it stood in without the mark.
     */
    @Test
    void texinfoNodeNavigationIsNotText() throws Exception {
        String html = """
                <html><head><title>Bash Reference Manual</title></head><body>
                <h1 class="settitle">Bash Reference Manual</h1>
                <div class="Contents_element" id="SEC_Contents"><h2 class="contents-heading">Table of Contents</h2>
                <div class="contents"><ul class="no-bullet"><li><a href="#Exit-Status">3.7.5 Exit Status</a></li></ul></div></div>
                <div class="subsection" id="Exit-Status"><div class="header"><p>
                Next: <a href="#Signals" accesskey="n" rel="next">Signals</a>, Up: <a href="#Executing-Commands" accesskey="u" rel="up">Executing Commands</a>
                &nbsp; [<a href="#SEC_Contents" rel="contents">Contents</a>][<a href="#Indexes" rel="index">Index</a>]</p></div>
                <h4 class="subsection">3.7.5 Exit Status</h4>
                <ul class="section-toc"><li><a href="#Signals">Signals</a></li></ul>
                <p>A command which exits with a zero exit status has succeeded.</p>
                <dl><dt id="index-mapfile"><span><code>mapfile</code><a href="#index-mapfile" class="copiable-anchor"> &para;</a></span></dt>
                <dd><p>Read lines from the standard input into an array.</p></dd></dl></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        String all = doc.sections().stream().map(Section::text).reduce("", (a, b) -> a + "\n" + b);
        assertThat(all).contains("A command which exits with a zero exit status has succeeded.", "Read lines from the standard input")
                .doesNotContain("Next:", "Contents", "Signals", "¶");
        assertThat(doc.sections()).flatExtracting(Section::headings).doesNotContain("Table of Contents")
                .allSatisfy(heading -> assertThat(heading).doesNotContain("¶"));
    }

    /**
     * A manual's back-of-book index is navigation: DocBook's index page has nothing else, and the
     * concept index that ends a Texinfo manual (bash's reference, one page) leaves its chapters as they
     * were. Indexed, an entry ("compatibility, Upgrading a PostgreSQL Cluster") was quoted as an answer.
     */
    @Test
    void backOfBookIndexesAreNotText() throws Exception {
        String docBook = """
                <html><head><title>Index</title></head><body><div class="index" id="BOOKINDEX">
                <div class="titlepage"><div><div><h1 class="title">Index</h1></div></div></div>
                <div class="index"><p class="indexdiv-quicklinks"><a href="#indexdiv-A">A</a> | <a href="#indexdiv-B">B</a></p>
                <div class="indexdiv" id="indexdiv-A"><h3>A</h3><dl>
                <dt id="ientry-1">ALTER TABLE, <a class="indexterm" href="sql-altertable.html">ALTER TABLE</a></dt>
                <dt id="ientry-2">compatibility, <a class="indexterm" href="upgrading.html">Upgrading a PostgreSQL Cluster</a></dt>
                </dl></div></div></div></body></html>
                """;
        String texinfo = """
                <html><head><title>Bash Reference Manual</title></head><body>
                <h2 class="chapter" id="Aliases">6.6 Aliases</h2>
                <p>Aliases allow a string to be substituted for a word.</p>
                <h2 class="appendix" id="Concept-Index">D.5 Concept Index</h2>
                <table><tr><th>Jump to: </th><td><a class="summary-letter" href="#cp_letter-A"><b>A</b></a></td></tr></table>
                <table class="index-cp" border="0"><tr><td></td><th>Index Entry</th><td></td><th>Section</th></tr>
                <tr><td></td><td><a href="#index-alias-expansion">alias expansion</a>:</td><td></td><td><a href="#Aliases">Aliases</a></td></tr>
                </table>
                <table class="cp-entries-printindex"><tr><td><a href="#index-history">history list</a>:</td>
                <td><a href="#Bash-History-Facilities">Bash History Facilities</a></td></tr></table>
                </body></html>
                """;

        assertThat(new HtmlParser().parse(docBook.getBytes(StandardCharsets.UTF_8), "fallback").sections()).isEmpty();
        ParsedDocument manual = new HtmlParser().parse(texinfo.getBytes(StandardCharsets.UTF_8), "fallback");
        assertThat(manual.sections()).extracting(Section::text)
                .containsExactly("Aliases allow a string to be substituted for a word.");
    }

    /**
     * Callouts as Sphinx, DocBook, GitHub and Asciidoctor write them: prose led by the label, in the
     * section around them - DocBook's label is a heading, and the paragraph after the callout is still
     * the section's. A disclosure's summary leads what it discloses, or heads it when it asks.
     */
    @Test
    void htmlCalloutsAreProseLedByTheirLabelNotSections() throws Exception {
        String html = """
                <html><body><h1>Upgrading</h1><h2 id="backups">Backups</h2>
                <div class="admonition warning"><p class="admonition-title">Warning</p><p>Stop the server first.</p></div>
                <div class="note"><h3 class="title">Note</h3><p>Dumps are portable.</p></div>
                <p>Keep two copies.</p>
                <div class="markdown-alert markdown-alert-tip"><p class="markdown-alert-title">Tip</p><pre>backup --all</pre></div>
                <div class="admonitionblock important"><table><tr><td class="icon"><div class="title">Important</div></td>
                <td class="content">Test the restore.</td></tr></table></div>
                <details><summary>Example output</summary><pre>saved 3 tables</pre></details>
                <details><summary>Can I back up a running server?</summary><p>Yes, pg_dump reads a snapshot.</p></details>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).hasSize(2);
        assertThat(doc.sections().getFirst()).satisfies(section -> {
            assertThat(section.headings()).containsExactly("Backups");
            assertThat(section.blocks()).extracting(TextBlock::text).containsExactly("Warning: Stop the server first.",
                    "Note: Dumps are portable.", "Keep two copies.", "Tip:", "```\nbackup --all\n```",
                    "Important: Test the restore.", "Example output:", "```\nsaved 3 tables\n```");
        });
        assertThat(doc.sections().getLast()).as("a disclosed answer to a question is a section, linked to the one around it")
                .satisfies(section -> {
                    assertThat(section.headings()).containsExactly("Backups", "Can I back up a running server?");
                    assertThat(section.anchor()).isEqualTo("backups");
                    assertThat(section.text()).isEqualTo("Yes, pg_dump reads a snapshot.");
                });
    }

    /** Sphinx's quick start answers "How do I generate PDF documents?" in a callout titled by the question. */
    @Test
    void aCalloutTitledByAQuestionIsASectionHeadedByIt() throws Exception {
        String html = """
                <html><body><h1>Getting started</h1><h2 id="running-the-build">Running the build</h2>
                <p>This builds HTML.</p>
                <div class="admonition-how-do-i-generate-pdf-documents admonition">
                <p class="admonition-title">How do I generate PDF documents?</p>
                <p><code>make latexpdf</code> runs the LaTeX builder.</p></div>
                </body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of("Running the build"), List.of("Running the build", "How do I generate PDF documents?"));
        assertThat(doc.sections().getLast().text()).isEqualTo("`make latexpdf` runs the LaTeX builder.");
        assertThat(doc.sections().getLast().anchor()).isEqualTo("running-the-build");
    }

    /**
     * Javadoc sets each member in a list item of its own, anchored by an empty {@code <a id>} before
     * the list (up to JDK 11's doclet) or by the {@code <section id>} around its heading (since); its
     * "Overrides:" and "Specified by:" lines only point elsewhere.
     */
    @Test
    void javadocMembersAreSectionsOfTheirOwnAnchoredWhereJavadocAnchorsThem() throws Exception {
        String html = """
                <html><head><title>Element (jsoup 1.15.3 API)</title></head><body><main role="main">
                <h2 title="Class Element" class="title">Class Element</h2>
                <div class="block">A HTML element consists of a tag name, attributes, and child nodes.</div>
                <section role="region"><ul class="blockList"><li class="blockList">
                <h3>Method Detail</h3>
                <a id="ownText()"><!--   --></a>
                <ul class="blockList"><li class="blockList"><h4>ownText</h4>
                <pre class="methodSignature">public&nbsp;java.lang.String&nbsp;ownText()</pre>
                <div class="block">Gets the text owned by this element only.</div>
                <dl><dt><span class="overrideSpecifyLabel">Overrides:</span></dt><dd><code>ownText</code>&nbsp;in class&nbsp;<code>Node</code></dd>
                <dt><span class="returnLabel">Returns:</span></dt><dd>unencoded text, or empty string if none.</dd></dl>
                </li></ul>
                <ul class="member-list"><li><section class="detail" id="text()"><h4>text</h4>
                <div class="block">Gets the combined text of this element and all its children.</div>
                <dl class="notes"><dt>Specified by:</dt><dd><code>text</code>&nbsp;in interface&nbsp;<code>Textual</code></dd></dl>
                </section></li></ul>
                </li></ul></section>
                </main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Class Element"),
                List.of("Class Element", "Method Detail", "ownText"), List.of("Class Element", "Method Detail", "text"));
        assertThat(doc.sections()).extracting(Section::anchor).endsWith("ownText()", "text()");
        assertThat(doc.sections().get(1).text()).contains("Gets the text owned by this element only.")
                .contains("Returns: unencoded text").doesNotContain("combined text");
        assertThat(doc.sections()).extracting(Section::text).as("cross-references to the class and interface")
                .noneMatch(text -> text.contains("Overrides") || text.contains("Specified by") || text.contains(" in class ")
                        || text.contains("in interface"));
    }

    /**
     * Erlang's reference sets each function in an article of its own, its types under a heading that
     * outranks the function's, and names the module twice; a blog post is one article, its comments
     * inside it.
     */
    @Test
    void aPageOfManyArticlesIsReadWholeAndAPageOfOneArticleIsThatArticle() throws Exception {
        String reference = """
                <html><head><title>Erlang -- lists</title></head><body>
                <aside><nav><a href="array.html">array</a></nav></aside>
                <div class="topbar"><h1 id="lists">lists</h1></div>
                <div id="content"><center><h1>lists</h1></center><p>This module contains functions for list processing.</p>
                <article class="func"><h4 id="all-2">all(Pred, List) -> boolean()</h4>
                <div class="REFBODY fun-types"><h3 id="types">Types</h3><div>Pred = fun((T) -> boolean())</div></div>
                <p>Returns true if Pred holds for all.</p></article>
                <article class="func"><h4 id="any-2">any(Pred, List) -> boolean()</h4><p>Returns true if Pred holds for one.</p></article>
                </div></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(reference.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("lists");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(),
                List.of("all(Pred, List) -> boolean()", "Types"), List.of("any(Pred, List) -> boolean()"));
        assertThat(doc.sections().get(1).text()).isEqualTo("Pred = fun((T) -> boolean())\n\nReturns true if Pred holds for all.");

        String post = """
                <html><head><title>Release 2.0 | Blog</title></head><body><div class="promo"><p>Subscribe!</p></div>
                <article><h1>Release 2.0</h1><p>Faster builds.</p><article class="comment"><p>Great!</p></article></article>
                </body></html>
                """;
        assertThat(new HtmlParser().parse(post.getBytes(StandardCharsets.UTF_8), "fallback").sections())
                .extracting(Section::text).containsExactly("Faster builds.\n\nGreat!");
    }

    /** Haddock: a package header, the module's facts, a synopsis of every signature, and each function under its signature. */
    @Test
    void haddockSignaturesHeadTheirDocumentationWithoutThePagesFrame() throws Exception {
        String html = """
                <html><head><title>Data.List</title></head><body>
                <div id="package-header"><span class="caption">base-4.15.1.0: Basic libraries</span>
                <ul class="links"><li><a href="src/Data-List.html">Source</a></li><li><a href="index.html">Contents</a></li></ul></div>
                <div id="content"><div id="module-header"><table class="info"><tr><th>License</th><td>BSD-style</td></tr></table>
                <p class="caption">Data.List</p></div>
                <div id="table-of-contents"><div id="contents-list"><p class="caption">Contents</p><ul><li><a href="#g:1">Basic functions</a></li></ul></div></div>
                <div id="description"><p class="caption">Description</p><div class="doc"><p>Operations on lists.</p></div></div>
                <div id="synopsis"><details id="syn"><summary>Synopsis</summary><ul><li class="src short"><a href="#v:head">head</a> :: [a] -&gt; a</li></ul></details></div>
                <div id="interface"><a href="#g:1" id="g:1"><h3>Basic functions</h3></a>
                <div class="top"><p class="src"><a id="v:head" class="def">head</a> :: [a] -&gt; a <a href="src/GHC-List.html#head" class="link">Source</a> <a href="#v:head" class="selflink">#</a></p>
                <div class="doc"><p>Extract the first element of a list, which must be non-empty.</p>
                <h4 class="subheading">Examples</h4><pre>head [1, 2] == 1</pre></div></div>
                <div class="top"><p class="src"><a id="v:last" class="def">last</a> :: [a] -&gt; a <a href="src/GHC-List.html#last" class="link">Source</a></p>
                <div class="doc"><p>Extract the last element of a list.</p>
                <details id="ch:last0"><summary class="hide-when-js-enabled">Expand</summary><pre>last [1, 2] == 2</pre></details>
                </div></div>
                <div class="subs instances"><details id="i:List" open><summary>Instances</summary><table>
                <tr><td class="src"><a href="#t:Read">Read</a> <a href="#t:CId">CId</a></td></tr>
                <tr><td colspan="2"><details id="i:ic:Read:Read:1"><summary class="hide-when-js-enabled">Instance details</summary>
                <div class="src">Defined in System.Posix.Types</div><p class="src">readsPrec :: Int -&gt; ReadS CId</p></details></td></tr>
                </table></details></div>
                </div></div></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Data.List");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(),
                List.of("Basic functions", "head :: [a] -> a"), List.of("Basic functions", "last :: [a] -> a"));
        assertThat(doc.sections()).extracting(Section::anchor).endsWith("v:last");
        assertThat(doc.sections().getFirst().text()).isEqualTo("Data.List\n\nDescription\n\nOperations on lists.");
        // The examples are a part of the function's entry, labelled, not a section of their own (ApiEntryParts).
        assertThat(doc.sections().get(1).text())
                .isEqualTo("Extract the first element of a list, which must be non-empty.\n\nExamples\n\n```\nhead [1, 2] == 1\n```");
        assertThat(doc.sections().get(2).text()).startsWith("Extract the last element of a list.\n\n```\nlast [1, 2] == 2\n```")
                .contains("Read CId").doesNotContain("Expand", "Instance details", "readsPrec");

        String sphinx = """
                <html><head><title>Directives</title></head><body><main><h1>Directives</h1>
                <section id="table-of-contents"><h2>Table of contents</h2><p>The toctree directive links pages.</p></section>
                </main></body></html>
                """;
        assertThat(new HtmlParser().parse(sphinx.getBytes(StandardCharsets.UTF_8), "fallback").sections())
                .extracting(Section::text).containsExactly("The toctree directive links pages.");
    }

    /**
     * Javadoc's header names the class under the line of its package (a {@code div.sub-title} since
     * JDK 9's doclet, {@code div.subTitle} over an {@code h2} before), and writes its declaration in
     * spans whose spaces sit inside them.
     */
    @Test
    void javadocPagesAreNamedByTheirHeaderAndKeepThePackageAndDeclarationReadable() throws Exception {
        String html = """
                <html><head><title>StringUtils (Apache Commons Lang 3.12.0 API)</title></head><body><main role="main">
                <div class="header">
                <div class="sub-title"><span class="package-label-in-type">Package</span>&nbsp;<a href="package-summary.html">org.apache.commons.lang3</a></div>
                <h1 title="Class StringUtils" class="title">Class StringUtils</h1>
                </div>
                <section class="class-description" id="class-description">
                <div class="type-signature"><span class="modifiers">public class </span><span class="element-name">StringUtils</span>
                <span class="extends-implements">extends Object</span></div>
                <div class="block">Operations on <code>String</code> that are <code>null</code> safe.</div>
                </section></main></body></html>
                """;
        ParsedDocument doc = new HtmlParser().parse(html.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Class StringUtils");
        assertThat(doc.sections()).singleElement().satisfies(section -> {
            assertThat(section.headings()).isEmpty();
            assertThat(section.text()).isEqualTo("Package org.apache.commons.lang3\n\npublic class StringUtils extends Object"
                    + "\n\nOperations on `String` that are `null` safe.");
        });

        String olderDoclet = """
                <html><head><title>Element (jsoup 1.15.3 API)</title></head><body>
                <div class="header"><div class="subTitle">org.jsoup.nodes</div>
                <h2 title="Class Element" class="title">Class Element</h2></div>
                <div class="contentContainer"><div class="block">A HTML element.</div></div>
                </body></html>
                """;
        ParsedDocument older = new HtmlParser().parse(olderDoclet.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(older.title()).isEqualTo("Class Element");
        assertThat(older.sections()).singleElement().extracting(Section::text).isEqualTo("org.jsoup.nodes\n\nA HTML element.");
    }

    @Test
    void markdownFrontMatterTitleAndUrlAreHonouredAndBlocksKnowTheirKind() throws Exception {
        String page = """
                ---
                title: Signing webhooks
                url: https://docs.formwell.example/webhooks/signing
                tags: [api]
                ---
                Intro.

                | a | b |
                |---|---|
                | 1 | 2 |

                ```js
                verify(sig)
                ```
                """;
        ParsedDocument doc = new MarkdownParser().parse(page.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Signing webhooks");
        assertThat(doc.url()).isEqualTo("https://docs.formwell.example/webhooks/signing");
        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::kind)
                .containsExactly(TextBlock.Kind.PROSE, TextBlock.Kind.TABLE, TextBlock.Kind.CODE);
        assertThat(doc.sections().getFirst().text()).doesNotContain("tags");
    }

    @Test
    void brokenFrontMatterIsSkippedNotACrashAndThePageIsStillRead() throws Exception {
        byte[] page = "---\ntitle: [unclosed\n---\nBody".getBytes(StandardCharsets.UTF_8);

        ParsedDocument doc = new MarkdownParser().parse(page, "x");

        assertThat(doc.title()).as("a value that did not parse is no title").isEqualTo("x");
        assertThat(doc.sections()).singleElement().extracting(Section::text).isEqualTo("Body");
    }

    @Test
    void pdfGivesOneSectionPerPageWithAPageAnchorAndItsOwnTitle() throws Exception {
        byte[] pdf = pdf("Formwell admin guide", "Admins can export every submission as CSV.", "SAML SSO is on the Business plan.");

        ParsedDocument doc = new PdfParser().parse(pdf, "admin-guide");

        assertThat(doc.title()).isEqualTo("Formwell admin guide");
        assertThat(doc.sections()).extracting(Section::anchor).containsExactly("page=1", "page=2");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("Page 1"), List.of("Page 2"));
        assertThat(doc.sections().get(1).text()).isEqualTo("SAML SSO is on the Business plan.");
    }

    @Test
    void corruptPdfIsAReason() {
        assertThatThrownBy(() -> new PdfParser().parse("%PDF-1.4 garbage".getBytes(StandardCharsets.US_ASCII), "x"))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("not a readable PDF");
    }

    /** A real PDF, one page per text, made with PDFBox. */
    static byte[] pdf(String title, String... pages) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(title);
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
