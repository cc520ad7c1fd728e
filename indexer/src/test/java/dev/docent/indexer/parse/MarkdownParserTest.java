package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void aLongParagraphAfterAnUnclosedBracketOrTemplateTagAndALongComponentTagAreReadOnAnOrdinaryThreadsStack() throws Exception {
        String unclosed = "# Page\n\nSee [" + "word ".repeat(20_000) + "\n";
        String longTag = "# Page\n\n<Callout title=\"" + "x ".repeat(20_000) + "\">Read me.</Callout>\n";
        String unclosedTemplateTag = "# Page\n\nUse {% " + "word ".repeat(20_000) + "\n";

        assertThat(SmallStack.run(() -> parser.parse(unclosed.getBytes(StandardCharsets.UTF_8), "page").sections().getFirst().text()))
                .startsWith("See [word word");
        assertThat(SmallStack.run(() -> MarkdownParser.mdx().parse(longTag.getBytes(StandardCharsets.UTF_8), "page").sections().getFirst().text()))
                .endsWith(": Read me.");
        assertThat(SmallStack.run(() -> parser.parse(unclosedTemplateTag.getBytes(StandardCharsets.UTF_8), "page").sections().getFirst().text()))
                .startsWith("Use {% word word");
    }

    @Test
    void aLongParagraphOfUnclosedAngleBracketsIsReadAsWritten() throws Exception {
        String paragraph = "When a < b, Vec<T is copied;".repeat(20_000);
        String page = "# Page\n\n<!-- " + "a note ".repeat(50) + "-->\n\n" + paragraph + "\n";

        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "page");

        assertThat(doc.sections()).singleElement().extracting(Section::text).isEqualTo(paragraph);
    }

    @Test
    void sectionsKeepTheirHeadingPathAndAnchor() throws Exception {
        String page = """
                # Webhooks

                Formwell sends a POST for every new submission.

                ## Retries

                Failed deliveries are retried.

                ### Backoff schedule

                | Attempt | Delay |
                |---|---|
                | 1 | 1 min |

                ## Signing secret

                ```json
                {"signature": "t=1,v1=abc"}
                ```
                """;
        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Webhooks");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of(), List.of("Retries"), List.of("Retries", "Backoff schedule"), List.of("Signing secret"));
        assertThat(doc.sections()).extracting(Section::anchor)
                .containsExactly("", "retries", "backoff-schedule", "signing-secret");
        assertThat(doc.sections().get(2).text()).contains("| 1 | 1 min |");
        assertThat(doc.sections().get(3).text()).startsWith("```json").endsWith("```");
    }

    /** Fastify's TypeScript guide: step 5 of a list holds a 40-line example with blank lines in it. */
    @Test
    void aListsFencedExampleIsCodeBetweenTheListsText() throws Exception {
        String page = """
                # Plugins

                4. Create an `index.ts` file
                5. Add the following code to `index.ts`
                   ```typescript
                   import fp from 'fastify-plugin'

                   // export plugin using fastify-plugin
                   export default fp(myPluginCallback)
                   ```
                   Then build it.
                6. Run `npm run build`.
                """;
        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::kind)
                .containsExactly(TextBlock.Kind.PROSE, TextBlock.Kind.CODE, TextBlock.Kind.PROSE);
        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::text).containsExactly(
                "4. Create an `index.ts` file\n5. Add the following code to `index.ts`",
                "```typescript\nimport fp from 'fastify-plugin'\n\n// export plugin using fastify-plugin\nexport default fp(myPluginCallback)\n```",
                "Then build it.\n6. Run `npm run build`.");
    }

    /** ESLint's feature flags are an HTML table in Markdown; READMEs centre their intro in a {@code <div>}. */
    @Test
    void htmlWrittenIntoAPageIsReadAsTextAndTablesNotAsTags() throws Exception {
        String page = """
                # Feature flags

                <table>
                    <thead><tr><th>Flag</th><th>Description</th></tr></thead>
                    <tbody><tr><td><code>unstable_ts_config</code></td><td>Enable TypeScript configuration files.</td></tr></tbody>
                </table>

                <div class="intro"><p>Flags turn on features before they are stable.</p><pre>eslint --flag x</pre>
                <p><b>How do I turn one on?</b></p></div>
                """;
        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).singleElement().extracting(Section::blocks).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(new TextBlock("| Flag | Description |\n|---|---|\n| `unstable_ts_config` | Enable TypeScript configuration files. |",
                                TextBlock.Kind.TABLE),
                        TextBlock.prose("Flags turn on features before they are stable."),
                        new TextBlock("```\neslint --flag x\n```", TextBlock.Kind.CODE), TextBlock.prose("How do I turn one on?"));
    }

    @Test
    void aSectionThatOnlyLinksToOtherPagesIsNotText() throws Exception {
        String page = """
                # npm-ci

                ## Contents

                1. [Description](#description)
                2. [See Also](#see-also)

                ## Description

                Installs a project with a clean slate. See [npm install](/commands/npm-install).

                ## Compatibility

                * [requireObjectKeysOnNewLine](https://jscs-dev.github.io/rule/requireObjectKeysOnNewLine)

                ## Resources

                * [Configure Rules](../configure/rules) for how to configure rules

                ## See Also

                * [npm install](/commands/npm-install)
                * [`package-lock.json`](./package-lock-json.md "The lock file").
                """;
        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of("Description"), List.of("Compatibility"), List.of("Resources"));
    }

    @Test
    void pageWithoutATitleTakesTheFallbackAndFrontMatterIsNotText() throws Exception {
        String page = """
                ---
                tags: [billing]
                ---
                Invoices are emailed monthly.
                """;
        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "Invoices");
        assertThat(doc.title()).isEqualTo("Invoices");
        assertThat(doc.sections()).singleElement().extracting(Section::text).isEqualTo("Invoices are emailed monthly.");
    }

    @Test
    void aPageThatOpensWithItsOwnNameAtLevelTwoIsNotASectionOfItself() throws Exception {
        String page = """
                <h1 align="center">Fastify</h1>

                ## Plugins
                Fastify can be extended with plugins.

                ### Plugin Options
                The options are passed to the plugin.
                """;
        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "Plugins");

        assertThat(doc.title()).isEqualTo("Plugins");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Plugin Options"));
        assertThat(doc.sections().getFirst().text()).contains("Fastify can be extended with plugins.");
    }

    @Test
    void aLongListOfLinksToThePagesOwnHeadingsIsNavigationNotText() throws Exception {
        String page = """
                # Errors

                - [Error Handling In Node.js](#error-handling-in-nodejs)
                  - [Uncaught Errors](#uncaught-errors)
                  - [Catching Errors In Promises](#catching-errors-in-promises)
                - [Errors In Fastify Lifecycle Hooks](#errors-in-fastify-lifecycle-hooks)
                - [Fastify Error Codes](#fastify-error-codes)
                  1. [FST_ERR_NOT_FOUND](#fst_err_not_found)
                  2. [FST_ERR_CTP_INVALID_MEDIA_TYPE](#fst_err_ctp_invalid_media_type)

                Errors are reported by status code. Related:

                - [Reply](./Reply.md#senddata)
                - [Error codes](#fastify-error-codes)

                The built-in formatters are:

                * [html](#html)
                * [json](#json)
                """;
        Section section = parser.parse(page.getBytes(StandardCharsets.UTF_8), "Errors").sections().getFirst();

        assertThat(section.text()).doesNotContain("Uncaught Errors").doesNotContain("FST_ERR_CTP_INVALID_MEDIA_TYPE")
                .startsWith("Errors are reported by status code.")
                .contains("[Reply](./Reply.md#senddata)").contains("[Error codes](#fastify-error-codes)")
                .contains("* [html](#html)");
    }

    @Test
    void aParagraphOfBadgesOrImagesIsNotText() throws Exception {
        String page = """
                # Installation

                [![PyPI version](https://badge.fury.io/py/playwright.svg)](https://pypi.org/project/playwright/)
                [![Conda](https://img.shields.io/conda/v/microsoft/playwright)](https://anaconda.org/microsoft/playwright)

                ```bash
                pip install playwright
                ```

                ![The trace viewer](./images/trace.png)

                See the [![logo](logo.png) guide](./guide.md) for more.
                """;
        Section section = parser.parse(page.getBytes(StandardCharsets.UTF_8), "Installation").sections().getFirst();

        assertThat(section.text()).doesNotContain("PyPI", "Conda", "trace viewer")
                .startsWith("```bash\npip install playwright").contains("for more.");
    }

    @Test
    void aBlockQuoteIsReadWithoutItsMarkersAndItsCodeStaysCode() throws Exception {
        String page = """
                # Routes

                > ⚠ Warning:
                > * When using both `return value` and `reply.send(value)`, the first one takes
                >   precedence.
                > * `undefined` cannot be returned.
                >
                > ```js
                > return reply
                > ```
                """;
        Section section = parser.parse(page.getBytes(StandardCharsets.UTF_8), "x").sections().getFirst();

        assertThat(section.text()).doesNotContain("> ").contains("* `undefined` cannot be returned.");
        assertThat(section.blocks()).extracting(TextBlock::kind).contains(TextBlock.Kind.CODE);
    }

    @Test
    void aHeadingInsideAQuoteLabelsTheQuoteAndHoldsNothingAfterIt() throws Exception {
        String page = """
                # API

                ## Errors

                > ## Note
                > This section describes the default configuration.

                ### `logger.trace([message])`

                Write a log at trace level.
                """;
        List<Section> sections = parser.parse(page.getBytes(StandardCharsets.UTF_8), "api.md").sections();

        assertThat(sections).extracting(Section::headings).containsExactly(
                List.of("Errors"), List.of("Errors", "`logger.trace([message])`"));
        assertThat(sections.getFirst().text()).isEqualTo("Note\n\nThis section describes the default configuration.");
    }

    /** ExDoc's callouts: a quote headed by a heading that a kramdown attribute list gives the callout's class. */
    @Test
    void aQuotesHeadingLosesItsAttributeList() throws Exception {
        String page = """
                # Supervisor

                > #### Warning {: .warning}
                >
                > A supervisor restarts its children.
                """;

        assertThat(parser.parse(page.getBytes(StandardCharsets.UTF_8), "s.md").sections().getFirst().text())
                .isEqualTo("Warning\n\nA supervisor restarts its children.");
    }

    @Test
    void referenceStyleLinksReadAsLinksAndTheirDefinitionsAreNotText() throws Exception {
        String page = """
                # import/no-default-export

                Prohibit default exports. Mostly an inverse of [`prefer-default-export`]. See [the resolver][resolvers].

                [`prefer-default-export`]: ./prefer-default-export.md
                [Resolvers]: https://example.org/resolvers
                """;
        Section section = parser.parse(page.getBytes(StandardCharsets.UTF_8), "x").sections().getFirst();

        assertThat(section.text()).isEqualTo("Prohibit default exports. Mostly an inverse of "
                + "[`prefer-default-export`](./prefer-default-export.md). See [the resolver](https://example.org/resolvers).");
    }

    @Test
    void aCrossReferenceThatNamesNoLinkReadsAsItsCode() throws Exception {
        String page = """
                # class: Dialog

                It must either [`method: Dialog.accept`] or [`method: Dialog.dismiss`] the dialog, see [`Vec::push`]
                and [`struct@Foo`]. Check [x] and [`defined`]; ``[`prop${a}`]`` and `[` or `]` are code.

                [`defined`]: ./defined.md
                """;
        Section section = parser.parse(page.getBytes(StandardCharsets.UTF_8), "x").sections().getFirst();

        assertThat(section.text()).isEqualTo("It must either `Dialog.accept` or `Dialog.dismiss` the dialog, see `Vec::push`\n"
                + "and `Foo`. Check [x] and [`defined`](./defined.md); ``[`prop${a}`]`` and `[` or `]` are code.");
    }

    @Test
    void aReferenceLinkThePageDoesNotDefineReadsAsItsTextOutsideCodeAndIndexing() throws Exception {
        String page = """
                # Models

                Subclass [`BaseModel`][pydantic.main.BaseModel] as with Python's [dataclasses][dataclasses], using the
                [`int`][] type. `re.compile("[A-Z][a-z]+")` and ``rows[0][1]`` are code, matrix[i][j] and f()[0][1]
                index, and [the guide][guide] links.

                [guide]: ./guide.md
                """;
        Section section = parser.parse(page.getBytes(StandardCharsets.UTF_8), "x").sections().getFirst();

        assertThat(section.text()).isEqualTo("Subclass `BaseModel` as with Python's dataclasses, using the\n"
                + "`int` type. `re.compile(\"[A-Z][a-z]+\")` and ``rows[0][1]`` are code, matrix[i][j] and f()[0][1]\n"
                + "index, and [the guide](./guide.md) links.");
    }

    @Test
    void aReferenceLinkWhoseTextWrapsOntoTheNextLineReadsAsALink() throws Exception {
        String page = """
                # Custom Rules

                Pass an array of custom rules using the [`options.customRules`
                property][options-custom-rules].

                [options-custom-rules]: ../README.md#optionscustomrules
                """;
        Section section = parser.parse(page.getBytes(StandardCharsets.UTF_8), "x").sections().getFirst();

        assertThat(section.text()).isEqualTo("Pass an array of custom rules using the "
                + "[`options.customRules` property](../README.md#optionscustomrules).");
    }

    @Test
    void headingsKeepTheirCodeSpansInBackticksAndDropInlineHtml() throws Exception {
        String page = """
                ---
                title: MD013 - Line length
                ---
                # `MD013` - Line length

                Lines longer than 80 characters are reported.

                ## The `code_blocks` parameter <a name="code-blocks"></a>

                Set it to `false` to leave code blocks alone.
                """;
        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "x");

        assertThat(doc.title()).isEqualTo("MD013 - Line length");
        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of(), List.of("The `code_blocks` parameter"));
        assertThat(doc.sections().get(1).anchor()).isEqualTo("the-code_blocks-parameter");
        assertThat(parser.parse("# `MD041` - First line\n\nText.\n".getBytes(StandardCharsets.UTF_8), "x").title())
                .isEqualTo("`MD041` - First line");
    }

    @Test
    void repeatedHeadingsGetDistinctAnchors() throws Exception {
        String page = "# T\n\n## Example\n\na\n\n## Example\n\nb\n";
        assertThat(parser.parse(page.getBytes(StandardCharsets.UTF_8), "x").sections())
                .extracting(Section::anchor).containsExactly("example", "example-1");
    }

    @Test
    void fileThatIsNotUtf8IsRefusedWithAReason() {
        byte[] latin1 = "# Caf\u00e9 menu\n\nCr\u00e8me br\u00fbl\u00e9e".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> parser.parse(latin1, "menu"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void frontMatterDescriptionOrSummaryIsKeptForTheIndex() throws Exception {
        String described = "---\ntitle: Webhooks\ndescription: Get a POST for every submission.\n---\nBody.";
        String summarised = "---\ntitle: Webhooks\nsummary: Submissions, pushed to you.\n---\nBody.";

        assertThat(parser.parse(described.getBytes(StandardCharsets.UTF_8), "x").description())
                .isEqualTo("Get a POST for every submission.");
        assertThat(parser.parse(summarised.getBytes(StandardCharsets.UTF_8), "x").description())
                .isEqualTo("Submissions, pushed to you.");
        assertThat(parser.parse("# Plain\n\nNo front matter.".getBytes(StandardCharsets.UTF_8), "x").description()).isNull();
    }

    @Test
    void frontMatterThatTemplatingMakesInvalidYamlDoesNotStopThePage() throws Exception {
        String page = """
                ---
                title: {{ site.product }} webhooks
                description: "Signing and retries"
                layout: doc
                ---
                # Webhooks

                Deliveries are signed.
                """;

        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).as("a templated title is not a title: the first heading is").isEqualTo("Webhooks");
        assertThat(doc.description()).isEqualTo("Signing and retries");
        assertThat(doc.sections()).singleElement().extracting(Section::text).isEqualTo("Deliveries are signed.");
    }

    @Test
    void hugoTomlFrontMatterIsNotTextAndGivesTheTitle() throws Exception {
        String page = """
                +++
                title = "Deploying to Netlify"
                description = 'One command, no server.'
                weight = 20
                [params]
                  toc = true
                +++
                Run `hugo` and push.
                """;

        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Deploying to Netlify");
        assertThat(doc.description()).isEqualTo("One command, no server.");
        assertThat(doc.sections()).singleElement().extracting(Section::text).isEqualTo("Run `hugo` and push.");
    }

    @Test
    void eleventyPageReadsLikeThePublishedPage() throws Exception {
        String page = """
                ---
                title: no-unused-vars
                rule_type: problem
                eleventyNavigation:
                    key: no-unused-vars
                    parent: rules
                ---
                {%- from 'components/npm_tabs.macro.html' import npm_tabs with context %}

                Variables that are declared and not used are most likely an error.

                <h2 id="{{ rules_categories[type].displayName | slugify }}">{{ rules_categories[type].displayName }}</h2>

                ## Rule Details

                ::: tip
                Run with `--fix` to remove unused imports.
                :::

                Examples of **incorrect** code for this rule:

                ::: incorrect

                ```js
                /*eslint no-unused-vars: "error"*/
                let x;
                ```

                :::
                """;

        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("no-unused-vars");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Rule Details"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Variables that are declared and not used are most likely an error.");
        assertThat(doc.sections().get(1).blocks()).extracting(TextBlock::text).containsExactly(
                "Tip:\nRun with `--fix` to remove unused imports.",
                "Examples of **incorrect** code for this rule:",
                "```js\n/*eslint no-unused-vars: \"error\"*/\nlet x;\n```");
        assertThat(doc.sections().get(1).blocks().getLast().kind()).isEqualTo(TextBlock.Kind.CODE);
    }

    @Test
    void mdxPageKeepsTheTextInsideItsComponentsAsProse() throws Exception {
        String page = """
                import Tabs from '@theme/Tabs';
                import TabItem from '@theme/TabItem';

                # Installation

                <Tabs>
                  <TabItem value="npm">

                    Install the CLI globally with npm.

                  </TabItem>
                </Tabs>
                """;

        ParsedDocument doc = MarkdownParser.mdx().parse(page.getBytes(StandardCharsets.UTF_8), "fallback");

        assertThat(doc.title()).isEqualTo("Installation");
        assertThat(doc.sections()).singleElement().extracting(Section::blocks).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(TextBlock.prose("Install the CLI globally with npm."));
    }

    @Test
    void headingWithAnExplicitIdIsAnchoredThere() throws Exception {
        String page = "# Guide\n\n## Install the CLI {#install}\n\nRun the installer.\n";

        assertThat(parser.parse(page.getBytes(StandardCharsets.UTF_8), "x").sections()).singleElement()
                .satisfies(section -> {
                    assertThat(section.headings()).containsExactly("Install the CLI");
                    assertThat(section.anchor()).isEqualTo("install");
                });
    }

    @Test
    void attributeListsOnHeadingsGiveTheAnchorAndLeaveTheHeading() throws Exception {
        String page = """
                # Guide

                ## Install the CLI { #install }

                Run the installer.

                ## Upgrade {: #upgrading .new }

                Run it again.

                ## Remove { .danger }

                Delete the folder.
                """;

        assertThat(parser.parse(page.getBytes(StandardCharsets.UTF_8), "x").sections())
                .extracting(section -> section.headings().getFirst() + " #" + section.anchor())
                .containsExactly("Install the CLI #install", "Upgrade #upgrading", "Remove #remove");
    }

    @Test
    void codeExamplesKeepTheirBlankLines() throws Exception {
        String page = "# Setup\n\n```js\nconst a = 1;\n\n\nconst b = 2;\n```\n";

        assertThat(parser.parse(page.getBytes(StandardCharsets.UTF_8), "x").sections()).singleElement()
                .extracting(Section::text).isEqualTo("```js\nconst a = 1;\n\n\nconst b = 2;\n```");
    }

    @Test
    void aNotionCalloutIsANoteWithoutItsIcon() throws Exception {
        String page = "# Resetting a password\n\nMembers reset it themselves.\n\n<aside>\n💡 Reset links expire after 30 minutes.\n\n</aside>\n\n"
                + "<aside>\n⚠️ Admins cannot see passwords.\n</aside>\n";

        ParsedDocument doc = new MarkdownParser().parse(page.getBytes(StandardCharsets.UTF_8), "Resetting a password");

        assertThat(doc.sections().getFirst().text()).isEqualTo(
                "Members reset it themselves.\n\nNote:\nReset links expire after 30 minutes.\n\nNote:\nAdmins cannot see passwords.");
    }
    @Test
    void anExampleTabbedInsideAListItemIsCodeAndItsWordsAreProse() throws Exception {
        String page = """
                # Validators

                * ***After* validators**: run after the built-in validation.

                    === "Annotated pattern"

                        Here is an example.

                        ```python
                        number: Annotated[int, AfterValidator(is_even)]
                        ```

                * Using class arguments.
                """;

        List<TextBlock> blocks = parser.parse(page.getBytes(StandardCharsets.UTF_8), "x").sections().getFirst().blocks();

        assertThat(blocks).filteredOn(b -> b.kind() == TextBlock.Kind.CODE).singleElement().extracting(b -> b.text().stripIndent())
                .isEqualTo("```python\nnumber: Annotated[int, AfterValidator(is_even)]\n```");
        assertThat(blocks).filteredOn(b -> b.kind() == TextBlock.Kind.PROSE).extracting(TextBlock::text)
                .anySatisfy(text -> assertThat(text).contains("Annotated pattern").contains("Here is an example."));
    }
    @Test
    void anMdxLineOfDashesUnderAParagraphUnderlinesItAsCommonMarkReadsIt() throws Exception {
        String page = "www.example.com---\nsidebar_position: 4\n---\n\nRedirects are written at build time.\n";

        ParsedDocument doc = MarkdownParser.mdx().parse(page.getBytes(StandardCharsets.UTF_8), "x");

        assertThat(doc.sections()).singleElement().satisfies(section -> {
            assertThat(section.headings()).containsExactly("www.example.com--- sidebar_position: 4");
            assertThat(section.text()).isEqualTo("Redirects are written at build time.");
        });
    }
}
