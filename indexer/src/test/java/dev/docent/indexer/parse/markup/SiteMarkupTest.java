package dev.docent.indexer.parse.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SiteMarkupTest {

    private final SiteMarkup markdown = SiteMarkup.markdown();
    private final SiteMarkup mdx = SiteMarkup.mdx();

    @Nested
    class EleventyNunjucksLiquidAndJekyll {

        @Test
        void templateTagsVariablesAndCommentsAreNotText() {
            String page = """
                    {%- from 'components/npm_tabs.macro.html' import npm_tabs with context %}
                    {%- set config = site.config -%}

                    Install ESLint with your package manager:

                    {{ npm_tabs({
                        packages: ["eslint"],
                        args: ["--save-dev"]
                    }) }}

                    {# a note to editors: keep this short #}
                    Your config lives in {{ config.file }}, next to package.json.
                    """;

            String text = markdown.clean(page);

            assertThat(text).doesNotContain("{%", "{{", "{#", "npm_tabs", "import", "editors")
                    .contains("Install ESLint with your package manager:")
                    .contains("Your config lives in , next to package.json.");
        }

        @Test
        void gitbookTabsKeepTheirTitleAndHintsTheirKind() {
            String page = """
                    {% hint style="warning" %}
                    Back up first.
                    {% endhint %}

                    {% tabs %}
                    {% tab title="macOS" %}
                    Use Homebrew.
                    {% endtab %}
                    {% tab title="Windows" %}
                    Use winget.
                    {% endtab %}
                    {% endtabs %}
                    """;

            assertThat(markdown.clean(page)).doesNotContain("{%", "style", "title")
                    .contains("Warning:\nBack up first.", "macOS\nUse Homebrew.", "Windows\nUse winget.");
        }

        @Test
        void markdocCalloutsLeadTheirBodyWithKindAndTitleAndTabsKeepTheirLabel() {
            String page = """
                    {% callout type="warning" title="Verify signatures" %}
                    Always verify the signature header.
                    {% /callout %}

                    {% callout %}
                    Retries stop after three days.
                    {% /callout %}

                    {% tabs %}
                    {% tab label="Node" %}
                    Use `constructEvent`.
                    {% /tab %}
                    {% /tabs %}
                    """;

            assertThat(markdown.clean(page)).doesNotContain("{%", "type=", "label=")
                    .contains("Warning: Verify signatures\nAlways verify", "Note:\nRetries stop", "Node\nUse `constructEvent`.");
        }

        @Test
        void rawContentIsKeptVerbatim() {
            String page = "Add {% raw %}`{% include 'partials/notice.html' %}`{% endraw %} before "
                    + "{% raw %}{{ content | safe }}{% endraw %} in the layout.";

            assertThat(markdown.clean(page))
                    .isEqualTo("Add `{% include 'partials/notice.html' %}` before {{ content | safe }} in the layout.");
        }

        @Test
        void blockShortcodesKeepTheirProseBody() {
            String page = """
                    {% callout "warning" %}
                    Back up the database before you upgrade.
                    {% endcallout %}

                    {% comment %}TODO: screenshots{% endcomment %}
                    {% include "partials/footer.md" %}
                    """;

            assertThat(markdown.clean(page).strip()).isEqualTo("Warning:\nBack up the database before you upgrade.");
        }

        @Test
        void jekyllHighlightBlocksStayCode() {
            String page = """
                    Print the title:

                    {% highlight liquid %}
                    {% raw %}
                    <h1>{{ page.title }}</h1>
                    {% endraw %}
                    {% endhighlight %}
                    """;

            assertThat(markdown.clean(page)).contains("```liquid\n<h1>{{ page.title }}</h1>\n```");
        }
    }

    @Nested
    class Hugo {

        @Test
        void shortcodesGoAndPairedShortcodesKeepTheirInnerText() {
            String page = """
                    {{< figure src="logo.png" >}}Hugo **0.110** or later is required.{{< /figure >}}

                    {{< youtube w7Ft2ymGmfc >}}
                    {{/* a comment */}}
                    """;

            assertThat(markdown.clean(page).strip()).isEqualTo("Hugo **0.110** or later is required.");
        }

        /** Hugo's and Kubernetes' docs, the Learn and Relearn themes, Docsy and GitBook-like hints. */
        @Test
        void calloutShortcodesLeadTheirBodyWithTheirLabel() {
            String page = """
                    {{< hint type="warning" >}}
                    Hugo **0.110** or later is required.
                    {{< /hint >}}

                    {{% notice tip %}}Run `hugo server -D` to see drafts.{{% /notice %}}

                    {{% note %}}
                    The first suffix is the primary suffix.
                    {{% /note %}}

                    {{< alert title="Before you begin" color="warning" >}}
                    Back up the cluster.
                    {{< /alert >}}

                    {{% notice style="caution" title="Deprecated" %}}
                    Use `[params]` instead.
                    {{% /notice %}}

                    {{% module-mounts-note %}}
                    """;

            assertThat(markdown.clean(page).strip()).isEqualTo("""
                    Warning:
                    Hugo **0.110** or later is required.

                    Tip: Run `hugo server -D` to see drafts.

                    Note:
                    The first suffix is the primary suffix.

                    Warning: Before you begin
                    Back up the cluster.

                    Caution: Deprecated
                    Use `[params]` instead.""");
        }

        @Test
        void aTabKeepsItsTitleAsSphinxAndMkDocsTabsDo() {
            String page = """
                    {{< tabs >}}
                    {{< tab name="Python" >}}
                    Call `connect()`.
                    {{< /tab >}}
                    {{% tab header="Java" lang="java" %}}
                    Call `Client.connect()`.
                    {{% /tab %}}
                    {{< /tabs >}}
                    """;

            assertThat(markdown.clean(page).strip()).isEqualTo("""
                    Python
                    Call `connect()`.
                    Java
                    Call `Client.connect()`.""");
        }

        @Test
        void highlightShortcodeStaysCode() {
            String page = "{{< highlight go \"linenos=table\" >}}\nfmt.Println(\"{{ not a template }}\")\n{{< /highlight >}}";

            assertThat(markdown.clean(page)).isEqualTo("```go\nfmt.Println(\"{{ not a template }}\")\n```");
        }
    }

    @Nested
    class Admonitions {

        @Test
        void containerMarkersGoAndTheBodyStaysWithItsLabel() {
            String page = """
                    ::: tip
                    You can view the complete AST in [Code Explorer](https://explorer.eslint.org).
                    :::
                    Next paragraph.

                    :::note[Before you start]
                    Node.js 18 is required.
                    :::

                    ::: incorrect { "sourceType": "script" }

                    ```js
                    var a = 1
                    ```

                    :::
                    """;

            String text = markdown.clean(page);

            assertThat(text).doesNotContain(":::", "incorrect", "sourceType")
                    .contains("Tip:\nYou can view the complete AST in [Code Explorer](https://explorer.eslint.org).\n\nNext paragraph.")
                    .contains("Note: Before you start\nNode.js 18 is required.")
                    .contains("```js\nvar a = 1\n```");
        }

        @Test
        void mkdocsAdmonitionBodiesAreDedented() {
            String page = """
                    !!! warning "Breaking change"
                        The `serve` command was renamed.

                        ```bash
                        mkdocs serve
                        ```

                    ??? note
                        Collapsed by default.
                    After the box.
                    """;

            assertThat(markdown.clean(page)).isEqualTo("""

                    Warning: Breaking change
                    The `serve` command was renamed.

                    ```bash
                    mkdocs serve
                    ```


                    Note:
                    Collapsed by default.

                    After the box.
                    """);
        }

        @Test
        void mkdocsContentTabsKeepTheirTitleAndTheirBodyIsNoLongerAnIndentedCodeBlock() {
            String page = """
                    Install the client:

                    === "Python"

                        Use pip.

                        ```python
                        pip install acme
                        ```

                    ===+ "JavaScript"
                        Use npm.

                        ```js
                        npm install acme
                        ```
                    Then sign in.
                    """;

            assertThat(markdown.clean(page)).isEqualTo("""
                    Install the client:


                    Python

                    Use pip.

                    ```python
                    pip install acme
                    ```


                    JavaScript
                    Use npm.

                    ```js
                    npm install acme
                    ```

                    Then sign in.
                    """);
        }

        @Test
        void calloutsAndTabsInsideAListItemStayInTheItem() {
            String page = """
                    * ***After* validators**: run after the built-in validation.

                        === "Annotated pattern"

                            Here is an example.

                            ```python
                            number: Annotated[int, AfterValidator(is_even)]
                            ```

                        !!! note
                            The `Config` class is deprecated.

                    * Using class arguments.
                    """;

            assertThat(markdown.clean(page)).isEqualTo("""
                    * ***After* validators**: run after the built-in validation.


                        Annotated pattern

                        Here is an example.

                        ```python
                        number: Annotated[int, AfterValidator(is_even)]
                        ```


                        Note:
                        The `Config` class is deprecated.

                    * Using class arguments.
                    """);
        }

        @Test
        void pymdownBlocksLoseTheirMarkersAndKeepTheirLabelTitleAndBody() {
            String page = """
                    Declare the parameter.

                    /// tip | Optional values

                    Give it a default of `None`.

                    ///

                    //// tab | Python 3.10+

                    ```Python
                    q: str | None = None
                    ```

                    ////

                    /// admonition | Careful
                        type: warning

                    Paths are matched in order.
                    ///

                    /// html | div.grid
                    Two columns.
                    ///
                    """;

            String text = markdown.clean(page);

            assertThat(text).doesNotContain("///", "type:", "div.grid")
                    .contains("Tip: Optional values\n\nGive it a default of `None`.")
                    .contains("Python 3.10+\n\n```Python\nq: str | None = None\n```")
                    .contains("Warning: Careful\n\nPaths are matched in order.")
                    .contains("Two columns.");
        }

        @Test
        void slashesInCodeAndRustDocCommentsAreNotBlocks() {
            String page = """
                    ```rust
                    /// note
                    fn main() {}
                    ```

                    /// Returns the sum
                    """;

            assertThat(markdown.clean(page)).isEqualTo(page);
        }

        @Test
        void aTabLeftEmptyByAnIncludeOfAFileOutsideTheDocsLosesItsTitle() {
            String page = """
                    Then you can declare an `alias`:

                    === "Python 3.6 and above"

                        ```Python hl_lines="9"
                        {!> ../../../docs_src/query_params_str_validations/tutorial009.py!}
                        ```

                    //// tab | Python 3.10+

                    ```Python
                    {!> ../../../docs_src/query_params_str_validations/tutorial009_py310.py!}
                    ```

                    ////

                    And the alias is used.
                    """;

            assertThat(markdown.clean(page)).doesNotContain("Python", "docs_src")
                    .contains("Then you can declare an `alias`:", "And the alias is used.");
        }

        @Test
        void hashiCorpCalloutsLoseTheirMarkerAndKeepTheirLabel() {
            String page = """
                    -> **Note:** The `backend` block cannot use variables.

                    ~> **Warning:** Destroying a workspace deletes its state.

                    !> **Danger:** This is irreversible.

                    ~> Warning: Terraform expects each remote object to be bound once.

                    -> For historical reasons, the `default` parameter is optional.

                    a -> b stays an arrow.
                    """;

            assertThat(markdown.clean(page)).isEqualTo("""
                    **Note:** The `backend` block cannot use variables.

                    **Warning:** Destroying a workspace deletes its state.

                    **Danger:** This is irreversible.

                    Warning: Terraform expects each remote object to be bound once.

                    Note: For historical reasons, the `default` parameter is optional.

                    a -> b stays an arrow.
                    """);
        }

        @Test
        void docsifyCalloutsAreLabelled() {
            String page = """
                    !> Tokens are shown once.

                    ?> Use `docsify serve` to preview.
                    """;

            assertThat(markdown.clean(page)).isEqualTo("""
                    Important: Tokens are shown once.

                    Tip: Use `docsify serve` to preview.
                    """);
        }

        @Test
        void mkdocstringsDirectivesAndTheirOptionsAreNotText() {
            String page = """
                    The client:

                    ::: acme.client.Client
                        options:
                          show_source: false

                    ::: acme
                        handler: python

                    ::: tip
                    Reuse one client.
                    :::
                    """;

            assertThat(markdown.clean(page)).doesNotContain("acme", "options", "show_source", "handler")
                    .contains("The client:", "Tip:\nReuse one client.");
        }

        @Test
        void githubAlertsLoseTheirMarker() {
            String page = """
                    > [!WARNING]
                    > Tokens are shown once.
                    > Store them safely.
                    """;

            assertThat(markdown.clean(page).strip()).isEqualTo("Warning:\nTokens are shown once.\nStore them safely.");
        }
    }

    @Nested
    class Myst {

        @Test
        void callOutsAreProseCodeDirectivesAreFencesAndWiringGoes() {
            String page = """
                    ```{toctree}
                    :maxdepth: 2

                    install
                    ```

                    (workers-target)=
                    ```{note}
                    Workers share nothing.
                    ```

                    :::{versionadded} 7.0
                    The `--strict` flag.
                    :::

                    ```{code-block} python
                    :caption: conftest.py

                    def pytest_configure(config): ...
                    ```

                    ```{eval-rst}
                    .. autofunction:: pytest.fail
                    ```
                    """;

            String text = markdown.clean(page);

            assertThat(text).doesNotContain("{note}", "workers-target", "toctree", "install", "eval-rst", "autofunction", ":caption:", "{code-block}")
                    .contains("Note:\nWorkers share nothing.", "New in version 7.0:\nThe `--strict` flag.",
                            "```python\ndef pytest_configure(config): ...\n```");
        }

        @Test
        void anObjectAutodocDocumentsKeepsItsNameAndAModuleGoes() {
            String page = """
                    Hooks that run tests:

                    ```{autofunction} pytest_runtest_teardown
                    ```

                    ```{automodule} pytest
                    :members:
                    ```
                    """;

            String text = markdown.clean(page);

            assertThat(text).contains("Hooks that run tests:\n\n`pytest_runtest_teardown`").doesNotContain("autofunction", "automodule", ":members:")
                    .doesNotContainPattern("`pytest`");
        }

        @Test
        void nestedTabsKeepTheirTitlesAndBodiesAndDescribedSettingsTheirName() {
            String page = """
                    ````{tab-set}
                    ```{tab-item} pip
                    Install with pip.
                    ```
                    ```{tab-item} conda
                    Install with conda.
                    ```
                    ````

                    ```{confval} addopts
                    Extra command line options.
                    ```
                    """;

            String text = markdown.clean(page);

            assertThat(text).doesNotContain("{tab", "````")
                    .contains("pip\n\nInstall with pip.", "conda\n\nInstall with conda.", "`addopts`\n\nExtra command line options.");
        }

        @Test
        void rolesKeepTheirTextInCodeWhenTheyNameCode() {
            String page = "See {ref}`the fixtures guide <fixtures>`, {doc}`install` and {py:func}`pytest.fail`.\n"
                    + "```text\n{ref}`left as written in code`\n```";

            assertThat(markdown.clean(page)).contains("See the fixtures guide, install and `pytest.fail`.")
                    .contains("{ref}`left as written in code`");
            String templateLiterals = "Write `${variable}` between two backticks, or `{...data}` spread, or ``[`prop${a}`]``.";
            assertThat(markdown.clean(templateLiterals)).isEqualTo(templateLiterals);
        }
    }

    @Nested
    class Mdx {

        @Test
        void docusaurusMdxCodeBlocksAreRenderedNotShownAsCode() {
            String page = """
                    Accepted fields:

                    ```mdx-code-block
                    <APITable>
                    ```

                    | Name | Type |
                    | --- | --- |
                    | `path` | `string` |

                    ```mdx-code-block
                    </APITable>
                    ```

                    ```mdx-code-block
                    <Tabs>
                    <TabItem value="npm" label="npm">
                    ```

                    ```bash
                    npm install acme
                    ```

                    ```mdx-code-block
                    </TabItem>
                    </Tabs>
                    ```
                    """;

            for (SiteMarkup markup : List.of(mdx, markdown)) {
                String text = markup.clean(page);

                assertThat(text).doesNotContain("mdx-code-block", "APITable", "<Tabs>", "</TabItem>")
                        .containsPattern("Accepted fields:\n+\\| Name \\| Type \\|").contains("```bash\nnpm install acme\n```");
            }
        }

        @Test
        void expressionsThatOnlyNameAValueAreNotText() {
            String page = """
                    import MyComponentSource from '!!raw-loader!./myComponent';

                    <CodeBlock language="jsx">{MyComponentSource}</CodeBlock>

                    Made by {siteConfig.title}, in `{braces}`.
                    """;

            assertThat(mdx.clean(page)).doesNotContain("MyComponentSource", "siteConfig")
                    .contains("Made by , in `{braces}`.");
            assertThat(markdown.clean("Use {name} here.")).isEqualTo("Use {name} here.");
        }

        @Test
        void importsExportsAndComponentTagsGoTheirTextStays() {
            String page = """
                    import Tabs from '@theme/Tabs';
                    import TabItem from '@theme/TabItem';

                    export const meta = {
                      sidebar: 'guides',
                    };

                    {/* hidden from readers */}
                    <Tabs groupId="lang">
                      <TabItem value="py" label="Python">
                        Install with `pip install acme`.
                      </TabItem>
                    </Tabs>

                    See the <Badge text="beta" /> API.
                    <!-- TODO: more languages -->
                    """;

            String text = mdx.clean(page);

            assertThat(text).doesNotContain("import", "export", "sidebar", "<", "hidden", "TODO")
                    .contains("Install with `pip install acme`.", "See the  API.");
        }

        /** Mintlify's and Docusaurus' components, and a disclosure written in HTML. */
        @Test
        void componentsThatSayWhatTheyHoldLeadTheirBodyWithIt() {
            String page = """
                    # Keys

                    <Steps>
                      <Step title="Open the dashboard">
                        Go to Settings.
                      </Step>
                      <Step title="Create a key">
                        Click **New key**.
                      </Step>
                    </Steps>

                    <ParamField query="limit" type="integer" default={20}>
                      How many submissions to return.
                    </ParamField>
                    <ResponseField name="id" type="string" required>The form's id.</ResponseField>
                    <Accordion title="Can I rotate a key?">
                      Yes, without downtime.
                    </Accordion>
                    <Aside type="caution" title="Secrets">Never commit a key.</Aside>
                    <Card title="Quickstart" href="/quickstart" />

                    <details>
                    <summary>Why is my key rejected?</summary>

                    Keys expire after 90 days.
                    </details>
                    """;

            List<String> paragraphs = Arrays.stream(mdx.clean(page).split("\n\\s*\n")).map(p -> p.strip().replaceAll("\\s+", " "))
                    .filter(p -> !p.isEmpty()).toList();

            assertThat(paragraphs).containsExactly("# Keys", "Open the dashboard: Go to Settings.", "Create a key: Click **New key**.",
                    "`limit` (integer, default: 20): How many submissions to return.", "`id` (string, required): The form's id.",
                    "## Can I rotate a key?", "Yes, without downtime.", "Caution: Secrets Never commit a key.",
                    "## Why is my key rejected?", "Keys expire after 90 days.");
        }

        /** Astro's and Starlight's install commands, four spaces into a package manager's tab. */
        @Test
        void aFenceAnyDepthIntoAComponentIsCode() {
            String page = """
                    <PackageManagerTabs>
                     <Fragment slot="npm">
                        ```shell
                        npm run astro dev -- --mode staging
                          # indented inside the code
                        ```
                     </Fragment>
                    </PackageManagerTabs>
                    """;

            assertThat(mdx.clean(page).strip()).isEqualTo("```shell\nnpm run astro dev -- --mode staging\n  # indented inside the code\n```");
        }

        @Test
        void plainMarkdownKeepsAngleBracketsInProse() {
            String page = "Returns a List<String> of names.\n\n<Tabs>\nContent.\n</Tabs>\n";

            assertThat(markdown.clean(page)).isEqualTo("Returns a List<String> of names.\n\nContent.\n\n");
        }
    }

    @Nested
    class Code {

        @Test
        void markupInsideCodeIsContent() {
            String page = """
                    Use `{{ page.title }}` or `::: tip` in a template:

                    ```njk
                    {% for item in items %}
                    ::: tip
                    {{ item }}
                    :::
                    {% endfor %}
                    ```

                    ~~~mdx
                    import Tabs from '@theme/Tabs';
                    <Tabs />
                    ~~~
                    """;

            assertThat(mdx.clean(page)).isEqualTo(page);
        }

        @Test
        void attributeListsOnLinksImagesAndBlocksAreNotText() {
            String page = """
                    Use `Enum`s as with [Path Parameters](path-params.md#predefined-values){.internal-link target=_blank}.

                    ![Swagger UI](img/docs.png){ width="300" loading=lazy } [Get started](install.md){ .md-button }
                    A note.
                    {: .note }

                    {: .warning }
                    Back up first.

                    Keep `f(x){.a}` and {braces} in prose, and [a span]{.mark} as its text.
                    """;

            assertThat(markdown.clean(page)).isEqualTo("""
                    Use `Enum`s as with [Path Parameters](path-params.md#predefined-values).

                    ![Swagger UI](img/docs.png) [Get started](install.md)
                    A note.

                    Warning:
                    Back up first.

                    Keep `f(x){.a}` and {braces} in prose, and a span as its text.
                    """);
        }

        @Test
        void materialIconsAndAbbreviationDefinitionsAreNotTextKeysAndMarksKeepTheirWords() {
            String page = """
                    The HTML specification is maintained by the W3C.

                    *[HTML]: Hyper Text Markup Language

                    Press ++ctrl+alt+del++ to restart; this is ==marked== and ^^inserted^^ text, and a == b, [=====   ].
                    Compare _POSIX_MEMLOCK==200112L, A==1, B==2.

                    [:octicons-arrow-right-24: Getting started](install.md) :material-clock-fast:{ .lg .middle } Fast
                    Keep `:material-check:` and std::vec::Vec as they are.
                    """;

            assertThat(markdown.clean(page)).isEqualTo("""
                    The HTML specification is maintained by the W3C.


                    Press ctrl+alt+del to restart; this is marked and inserted text, and a == b, [=====   ].
                    Compare _POSIX_MEMLOCK==200112L, A==1, B==2.

                    [ Getting started](install.md)  Fast
                    Keep `:material-check:` and std::vec::Vec as they are.
                    """);
        }

        @Test
        void codeImportsWhoseFilesLieOutsideTheDocsAndTocMarkersAreNotText() {
            String page = """
                    Intro.

                    {* ../../docs_src/query_params/tutorial001.py hl[9] *}

                    ```Python hl_lines="7"
                    {!../../../docs_src/request_files/tutorial001.py!}
                    ```

                    {!docs_src/app_testing/main.py!}

                    ```rust
                    {{#rustdoc_include ../listings/ch02-guessing-game/listing-02-01/src/main.rs:print}}
                    ```

                    <<< @/snippets/snippet.js{2}

                    ```text
                    {!not an include!} but text
                    ```

                    [[toc]]

                    [TOC]
                    Outro.
                    """;

            assertThat(markdown.clean(page)).doesNotContain("docs_src", "Python", "snippet", "<<<", "toc", "TOC", "listings", "rust")
                    .contains("Intro.", "Outro.", "```text\n{!not an include!} but text\n```");
        }

        @Test
        void unresolvableIncludesAreNotIndexedAsText() {
            String page = """
                    Intro.

                    --8<-- "includes/abbreviations.md"

                    --8<--
                    docs/snippets/one.md
                    docs/snippets/two.md
                    --8<--

                    {% include 'components/language-switcher.html' %}
                    %%-input-strict-%%
                    Outro.

                    ### option: Locator.click.timeout = %%-input-timeout-%%
                    """;

            assertThat(markdown.clean(page)).doesNotContain("8<", "snippets", "include", "switcher", "%%", "input-", "=")
                    .contains("Intro.", "Outro.", "### option: Locator.click.timeout\n");
        }
    }

    /** Nuxt Content's MDC, as the docs of Nuxt, Nitro and Nuxt UI write it. */
    @Nested
    class MdcComponents {

        @Test
        void blocksKeepTheirBodyLedByWhatTheComponentSaysItHolds() {
            String page = """
                    ::note
                    `useFetch` and `useAsyncData` share options.
                    ::

                    ::tip{icon="i-lucide-video" to="https://www.youtube.com/watch?v=0X" target="_blank"}
                    Watch a video about fetching data once.
                    ::

                    ::code-group
                    ```ts [app.vue]
                    const { data } = await useFetch('/api/count')
                    ```
                    ::

                    ::field-group
                      ::field{name="key" type="string" required}
                      A unique key to de-duplicate requests.
                      ::
                      :::field{name="server" type="boolean"}
                      Whether to fetch on the server.
                      :::
                    ::

                    ::alert{type="warning"}
                    Fetching in `onMounted` runs twice.
                    ::

                    ::tabs
                      :::tabs-item{label="npm" icon="i-simple-icons-npm"}
                      Run the installer.
                      :::
                    ::
                    """;

            List<String> paragraphs = paragraphs(markdown.clean(page));

            assertThat(paragraphs).containsExactly("Note: `useFetch` and `useAsyncData` share options.",
                    "Tip: Watch a video about fetching data once.", "```ts [app.vue] const { data } = await useFetch('/api/count') ```",
                    "`key` (string, required): A unique key to de-duplicate requests.", "`server` (boolean): Whether to fetch on the server.",
                    "Warning: Fetching in `onMounted` runs twice.", "npm: Run the installer.");
        }

        @Test
        void pointersSlotsPropsAndInlineComponentsWithoutTextAreNotText() {
            String page = """
                    ## Server plugins :badge[once]{color="info"}

                    Use the :badge[lazy]{color="primary"} option. :br
                    It defers the request.

                    ::read-more{to="/docs/api/utils/dollarfetch"}
                    Read more about `$fetch`.
                    ::

                    :read-more{to="/docs/api/composables/use-fetch"}

                    :video-accordion{title="Watch a video from Vue School" videoId="1022000555"}

                    ::card{title="Modules" to="/modules"}
                    Discover our list of modules.
                    ::

                    ::callout
                    ---
                    title: Before you start
                    ---
                    #description
                    Install Node.js 20 or later.
                    ::
                    """;

            String text = markdown.clean(page);

            assertThat(text).doesNotContain("::", ":badge", ":br", "color", "Read more", "read-more", "video", "Vue School", "Modules",
                    "modules", "---", "#description", "title:");
            assertThat(paragraphs(text)).containsExactly("## Server plugins", "Use the lazy option. It defers the request.",
                    "Before you start: Install Node.js 20 or later.");
        }

        @Test
        void colonsThatAreNoComponentsStayAndContainersAndLeafDirectivesAreReadAsBefore() {
            String page = """
                    Style it with a:hover{color:red} or the :focus state; write {:a => 1} in Ruby and d['k':n[0]] in Python. :smile:

                    :::tip
                    A VitePress container.
                    :::

                    ::youtube[A talk about caching]{#01ab2cd3efg}

                    ```md
                    ::note
                    An example of MDC.
                    ::
                    ```
                    """;

            String text = markdown.clean(page);

            assertThat(text).contains("Style it with a:hover{color:red} or the :focus state; write {:a => 1} in Ruby and d['k':n[0]] in Python. :smile:",
                            "Tip:\nA VitePress container.", "A talk about caching", "```md\n::note\nAn example of MDC.\n::\n```")
                    .doesNotContain("::youtube", "#01ab");
        }

        @Test
        void openersThatNothingClosesAreReadAsLeavesOnePassOver() {
            String run = "::a{b=\"c\"}\n".repeat(20_000);

            assertThat(markdown.clean(run + "Text.\n" + ":::\n".repeat(20_000))).contains("Text.").doesNotContain("::a");
        }

        private static List<String> paragraphs(String text) {
            return Arrays.stream(text.split("\n\\s*\n")).map(p -> p.strip().replaceAll("\\s+", " ")).filter(p -> !p.isEmpty()).toList();
        }
    }

    @Nested
    class Retype {

        @Test
        void calloutsPanelsAndTabsLoseTheirMarkersAndKeepLabelTitleAndBody() {
            String page = """
                    !!!warning Heads up
                    Global installs need admin rights.
                    !!!

                    !!! Before you start
                    Install Node.js.
                    !!!

                    ==- Advanced options
                    Set `output` in retype.yml.
                    ===

                    +++ npm
                    ```
                    npm install retypeapp --global
                    ```
                    +++ yarn
                    Use `yarn global add retypeapp`.
                    +++

                    Status: [!badge New] [!badge text="Beta" variant="info"]

                    [!ref](/guides/getting-started.md)
                    [!button text="Download" link="https://retype.com"]
                    """;

            String text = markdown.clean(page);

            assertThat(text).doesNotContain("!!!", "===", "==-", "+++", "[!", "Download", "getting-started");
            assertThat(Arrays.stream(text.split("\n\\s*\n")).map(p -> p.strip().replaceAll("\\s+", " ")).filter(p -> !p.isEmpty()))
                    .containsExactly("Warning: Heads up Global installs need admin rights.", "Before you start Install Node.js.",
                            "Advanced options Set `output` in retype.yml.", "npm ``` npm install retypeapp --global ```", "yarn Use `yarn global add retypeapp`.",
                            "Status: New Beta");
        }

        @Test
        void openersThatNothingClosesAreReadAsWrittenInOnePass() {
            String run = "=== Title\n+++ Tab\n".repeat(20_000);

            assertThat(markdown.clean(run + "!!!\n")).startsWith("=== Title\n+++ Tab\n").endsWith("!!!\n");
        }

        @Test
        void mkDocsAdmonitionsTabsAndSetextHeadingsAreNotRetypeBlocks() {
            String page = """
                    !!! note "Read this"
                        Indented body.

                    === "Python"

                        Run it.

                    Installation
                    ===
                    """;

            assertThat(markdown.clean(page)).contains("Note: Read this", "Python\n", "Run it.", "Installation\n===").doesNotContain("!!!");
        }
    }

    @Nested
    class PagesOfUnclosedMarkup {

        @Test
        void manyOpenersThatNothingClosesAreReadAsWrittenAndClosedMarkupBeforeThemStillGoes() {
            for (String opener : List.of("<!-- ", "{% ", "{# ", "{{< ", "{{% ", "{{ ", "{/* ")) {
                String run = (opener + "word ").repeat(20_000).strip();
                String page = "Keep {# a note #}this {{< hint >}}and <!-- a comment --> {/* an aside */}that.\n\n" + run + "\n";

                assertThat(mdx.clean(page)).as(opener).contains(run).doesNotContain("a note", "hint", "a comment", "an aside");
            }
        }

        @Test
        void aLongRunOfSpacesBeforeAPlaceholderGoesWithIt() {
            String page = "### option: timeout" + " ".repeat(100_000) + "= %%-input-timeout-%%\nText.\n";

            assertThat(markdown.clean(page)).isEqualTo("### option: timeout\nText.\n");
        }
    }

    @Nested
    class QuartoAndRMarkdown {

        @Test
        void codeCellsAreFencesOfTheirLanguageWithoutOptionsAndCellsWhoseCodeIsHiddenGo() {
            String page = """
                    ```{python}
                    #| label: fig-plot
                    #| echo: true
                    import pandas as pd
                    ```

                    ```{python}
                    #| echo: false
                    print(render_table())
                    ```

                    ```{r setup, include=FALSE}
                    knitr::opts_chunk$set(echo = TRUE)
                    ```

                    ```{r, fig.width=6}
                    library(dplyr)
                    ```

                    ```{.bash}
                    quarto render
                    ```

                    ```{shinylive-python}
                    #| standalone: true
                    from shiny.express import ui
                    ```

                    ```{note}
                    A MyST note.
                    ```
                    """;

            assertThat(withSingleBlankLines(markdown.clean(page))).isEqualTo("""
                    ```python
                    import pandas as pd
                    ```

                    ```r
                    library(dplyr)
                    ```

                    ```bash
                    quarto render
                    ```

                    ```python
                    from shiny.express import ui
                    ```

                    Note:
                    A MyST note.

                    """);
        }

        @Test
        void bookdownTheoremsAndTextBlocksAreTextLedByTheirLabel() {
            String page = """
                    ```{theorem, pyth, name="Pythagorean theorem"}
                    For a right triangle, $a^2 + b^2 = c^2$.
                    ```

                    ```{block2, type='rmdtip'}
                    Knit often.
                    ```

                    ```{block2, note-text, type='rmdnote'}
                    ```

                    ````markdown
                    ```{theorem}
                    An example of the syntax.
                    ```
                    ````
                    """;

            assertThat(withSingleBlankLines(markdown.clean(page))).isEqualTo("""

                    Theorem: Pythagorean theorem
                    For a right triangle, $a^2 + b^2 = c^2$.

                    Tip:
                    Knit often.

                    ````markdown
                    ```{theorem}
                    An example of the syntax.
                    ```
                    ````
                    """);
        }

        @Test
        void indexEntriesAndInlineNotesAreNotTextAndAVerbatimChunkShowsItsFence() {
            String page = """
                    Cross-references\\index{cross-reference} work for figures.
                    Use `\\@ref(label)`,^[Do not forget the leading backslash! And the parentheses () after `ref` [sic].] where
                    `label` is the chunk label. Match names with ^[a-z]+ in the filter.

                    ````markdown
                    `r ''````{r, fig-label}
                    plot(cars)
                    ```
                    ````
                    """;

            assertThat(markdown.clean(page)).isEqualTo("""
                    Cross-references work for figures.
                    Use `\\@ref(label)`, where
                    `label` is the chunk label. Match names with ^[a-z]+ in the filter.

                    ````markdown
                    ```{r, fig-label}
                    plot(cars)
                    ```
                    ````
                    """);
        }

        @Test
        void fencedDivsLoseTheirMarkersCalloutsKeepLabelAndTitleAndTabsTheirTitlesAsLines() {
            String page = """
                    ::: {.callout-note}
                    Needs Python 3.9.
                    :::

                    ::: {.callout-warning title="Careful with caches" collapse="true"}
                    Clearing the cache re-runs every cell.
                    :::

                    ::: callout-tip
                    ## Faster renders

                    Use `freeze: auto`.
                    :::

                    ::: {.panel-tabset}
                    ## Python {.unnumbered}

                    Run `pip install quartodoc`.

                    ## R

                    Run `install.packages("quartodoc")`.
                    :::

                    :::: {.columns}
                    ::: {.column width="50%"}
                    Left.
                    :::
                    ::::

                    ::: {.rmdtip}
                    Knit often.
                    :::

                    ## After the tabs
                    """;

            String text = withSingleBlankLines(markdown.clean(page));

            assertThat(text).doesNotContain(":::", "{.", "callout", "panel", "column", "rmd")
                    .contains("Note:\nNeeds Python 3.9.", "Warning: Careful with caches\nClearing the cache",
                            "Tip: Faster renders\n", "\nPython\n\nRun `pip install quartodoc`.", "\nR\n\nRun `install.packages",
                            "Left.", "Tip:\nKnit often.", "## After the tabs")
                    .doesNotContain("## Faster renders", "## Python", "## R\n");
        }

        /** Blank lines come from the markers that went, and are as many as the markers: the text is what is read. */
        private static String withSingleBlankLines(String text) {
            return text.replaceAll("\n{3,}", "\n\n");
        }
    }
}
