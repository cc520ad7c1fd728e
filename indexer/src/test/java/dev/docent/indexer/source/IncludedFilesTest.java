package dev.docent.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludedFilesTest {

    @TempDir
    Path temp;
    private Path root;

    @BeforeEach
    void docsFolder() throws Exception {
        root = Files.createDirectories(temp.resolve("docs"));
    }

    @Test
    void aReStructuredTextPageIsReadWithWhatItIncludesInPlaceIndentedAndCut() throws Exception {
        write("manual/OPTIONS.txt", "ignored header\n.. start\n.. option:: -D <var>=<value>\n\n   Create a cache entry.\n");
        write("manual/cmake.rst", "cmake\n=====\n\nOptions\n-------\n\n.. include:: OPTIONS.txt\n   :start-after: .. start\n\nEnd.\n");

        String page = read("manual/cmake.rst", DocumentFormat.RESTRUCTURED_TEXT);

        assertThat(page).contains("Options\n-------\n\n\n.. option:: -D <var>=<value>\n\n   Create a cache entry.\n")
                .doesNotContain("include::", "ignored header").endsWith("End.\n");
    }

    /** The Rust book's examples: a code block that holds an mdBook include of a listing, or of its anchored part. */
    @Test
    void mdBookIncludesShowTheFileOrItsAnchoredPartOrItsLinesInACodeBlockToo() throws Exception {
        write("listings/main.rs", """
                use std::io;

                fn main() {
                    // ANCHOR: print
                    println!("Guess the number!");
                    // ANCHOR_END: print
                    let mut guess = String::new();
                }
                """);
        write("src/ch02.md", """
                # Guessing game

                ```rust
                {{#rustdoc_include ../listings/main.rs:print}}
                ```

                ```rust
                {{#include ../listings/main.rs:1:1}}
                ```

                ```rust
                {{#include ../listings/missing.rs}}
                ```
                """);

        assertThat(read("src/ch02.md", DocumentFormat.MARKDOWN)).isEqualTo("""
                # Guessing game

                ```rust
                    println!("Guess the number!");
                ```

                ```rust
                use std::io;
                ```

                ```rust
                {{#include ../listings/missing.rs}}
                ```
                """);
    }

    @Test
    void aSphinxLiteralIncludeIsReadAsACodeBlockOfTheLinesItShows() throws Exception {
        write("examples/app.py", "import flask\n\n# start\napp = flask.Flask(__name__)\n\n@app.route('/')\ndef index():\n"
                + "    return 'hi'\n# end\n");
        write("guide/quickstart.rst", """
                Quickstart
                ==========

                .. literalinclude:: ../examples/app.py
                   :start-after: # start
                   :end-before: # end

                .. literalinclude:: /examples/app.py
                   :language: python3
                   :lines: 1,4

                .. literalinclude:: ../missing.py

                Done.
                """);

        assertThat(read("guide/quickstart.rst", DocumentFormat.RESTRUCTURED_TEXT)).isEqualTo("""
                Quickstart
                ==========

                .. code-block:: py

                   app = flask.Flask(__name__)

                   @app.route('/')
                   def index():
                       return 'hi'

                .. code-block:: python3

                   import flask
                   app = flask.Flask(__name__)

                .. literalinclude:: ../missing.py

                Done.
                """);
    }

    @Test
    void aMystLiteralIncludeIsReadAsAFencedBlock() throws Exception {
        write("examples/app.py", "import flask\napp = flask.Flask(__name__)\n");
        write("guide/quickstart.md", "# Quickstart\n\n```{literalinclude} ../examples/app.py\n:lines: 2\n```\n\nDone.\n");

        assertThat(read("guide/quickstart.md", DocumentFormat.MARKDOWN))
                .isEqualTo("# Quickstart\n\n```py\napp = flask.Flask(__name__)\n```\n\nDone.\n");
    }

    @Test
    void mystAndMkDocsSnippetsIncludeFromBesideThePageOrFromTheRoot() throws Exception {
        write("snippets/limits.md", "Ten seats per team.");
        write("guide/_shared.md", "Shared text, with a nested include:\n--8<-- \"snippets/limits.md\"");
        write("guide/page.md", "# Page\n\n```{include} _shared.md\n```\n\nAfter.\n```md\n--8<-- \"snippets/limits.md\"\n```");

        String page = read("guide/page.md", DocumentFormat.MARKDOWN);

        assertThat(page).isEqualTo("# Page\n\nShared text, with a nested include:\nTen seats per team.\n\nAfter.\n"
                + "```md\n--8<-- \"snippets/limits.md\"\n```");
    }

    @Test
    void vitePressCodeImportsAreReadAsCodeBlocksOfTheFileOrItsRegion() throws Exception {
        write("snippets/config.js", "export default {\n  base: '/docs/',\n}\n");
        write("guide/examples/setup.ts", "import {x} from 'y'\n  // #region create\n  const app = create()\n  // #endregion create\n");
        write("guide/build.md", """
                # Build

                <<< @/snippets/config.js{2}

                <<< ./examples/setup.ts#create{ts:line-numbers} [setup.ts]

                <<< @/../outside.js

                ```md
                <<< @/snippets/config.js
                ```
                """);

        assertThat(read("guide/build.md", DocumentFormat.MARKDOWN)).isEqualTo("""
                # Build

                ```js
                export default {
                  base: '/docs/',
                }
                ```

                ```ts
                const app = create()
                ```

                <<< @/../outside.js

                ```md
                <<< @/snippets/config.js
                ```
                """);
    }

    @Test
    void anAsciiDocPageIsReadWithWhatItIncludes() throws Exception {
        write("modules/_attributes.adoc", ":product: Quill");
        write("modules/setup.adoc", "= Setup\n\ninclude::_attributes.adoc[]\ninclude::partials/steps.adoc[leveloffset=+1]\n");
        write("modules/partials/steps.adoc", "== Steps\n\nRun the installer.");

        assertThat(read("modules/setup.adoc", DocumentFormat.ASCIIDOC))
                .isEqualTo("= Setup\n\n:product: Quill\n== Steps\n\nRun the installer.\n");
    }

    /** An Antora site names what a page includes by resource ids, from its module or another. */
    @Test
    void anAntoraPageIsReadWithThePartialsAndExamplesItsResourceIdsName() throws Exception {
        write("modules/cli/pages/options.adoc", "= CLI Options\n\ninclude::partial$man.adoc[tag=options]\n\n[source,ruby]\n----\n"
                + "include::example$app.rb[]\n----\ninclude::ROOT:partial$glossary.adoc[]\n");
        write("modules/cli/partials/man.adoc", "-a, --attribute::\n  Define a document attribute.");
        write("modules/cli/examples/app.rb", "Asciidoctor.convert_file 'doc.adoc'");
        write("modules/ROOT/pages/_partials/glossary.adoc", "Backend:: A converter.");
        write("modules/ROOT/pages/index.adoc", "= Asciidoctor\n\nA processor.");

        assertThat(read("modules/cli/pages/options.adoc", DocumentFormat.ASCIIDOC)).isEqualTo("= CLI Options\n\n"
                + "-a, --attribute::\n  Define a document attribute.\n\n[source,ruby]\n----\nAsciidoctor.convert_file 'doc.adoc'\n----\n"
                + "Backend:: A converter.\n");
        assertThat(new DirectorySource(root, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactlyInAnyOrder("modules/cli/pages/options.adoc", "modules/ROOT/pages/index.adoc");
    }

    /** Git's manual pages: AsciiDoc in {@code .txt} files, their options in a shared {@code .txt}. */
    @Test
    void anAsciiDocPageInATextFileIsReadWithWhatItIncludesWhichIsNoPageAlone() throws Exception {
        write("git-blame.txt", "git-blame(1)\n============\n\nOPTIONS\n-------\ninclude::blame-options.txt[]\n");
        write("blame-options.txt", "-b::\n\tShow blank SHA-1 for boundary commits.\n");
        write("notes.txt", "Plain notes.\n");

        assertThat(read("git-blame.txt", DocumentFormat.TEXT))
                .isEqualTo("git-blame(1)\n============\n\nOPTIONS\n-------\n-b::\n\tShow blank SHA-1 for boundary commits.\n\n");
        assertThat(new DirectorySource(root, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("git-blame.txt", "notes.txt");
    }

    @Test
    void aDocusaurusPartialIsReadWhereThePageShowsIt() throws Exception {
        write("docs/_limits.mdx", "Ten seats per team.");
        write("docs/billing/_tax.md", "Prices exclude VAT.");
        write("docs/billing/plans.mdx", """
                import Limits from '@site/docs/_limits.mdx';
                import Tax from './_tax.md';
                import Tabs from '@theme/Tabs';

                # Plans

                <Limits />

                <Tax/>
                """);

        String page = read("docs/billing/plans.mdx", DocumentFormat.MDX);

        assertThat(page).contains("# Plans\n\nTen seats per team.\n\nPrices exclude VAT.").doesNotContain("<Limits", "<Tax");
        assertThat(new DirectorySource(root, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("docs/billing/plans.mdx");
    }

    @Test
    void aFileADocusaurusPageShowsAsCodeIsReadAsACodeBlock() throws Exception {
        write("docs/data/module.yaml", "module: hello\nplugin: qml\n");
        write("src/examples/Form.jsx", "export default function Form() {}\n");
        write("docs/plugins.mdx", """
                import CodeBlock from '@theme/CodeBlock';
                import Module from '!!raw-loader!./data/module.yaml';
                import FormSource from '!!raw-loader!@site/src/examples/Form.jsx';

                # Plugins

                <CodeBlock language="yml" title="module.yaml">{Module}</CodeBlock>

                <CodeBlock>{FormSource}</CodeBlock>

                <CodeBlock language="js">{Missing}</CodeBlock>
                """);

        String page = read("docs/plugins.mdx", DocumentFormat.MDX);

        assertThat(page).contains("```yml\nmodule: hello\nplugin: qml\n```", "```jsx\nexport default function Form() {}\n```",
                "<CodeBlock language=\"js\">{Missing}</CodeBlock>").doesNotContain("{Module}", "{FormSource}");
    }

    @Test
    void jekyllEleventyAndHugoIncludesOfMarkdownAreReadInPlaceAndTemplatesAreLeftToTheSite() throws Exception {
        write("_includes/support.md", "Write to support@example.com.");
        write("guide/steps.md", "1. Run the installer.");
        write("snippets/limits.md", "Ten seats per team.");
        write("guide/setup.md", """
                # Setup

                {% include_relative steps.md %}
                {%- include "support.md" -%}
                {{< readfile file="/snippets/limits.md" markdown="true" >}}
                {% include 'components/switcher.html' %}
                """);

        String page = read("guide/setup.md", DocumentFormat.MARKDOWN);

        assertThat(page).isEqualTo("""
                # Setup

                1. Run the installer.
                Write to support@example.com.
                Ten seats per team.
                {% include 'components/switcher.html' %}
                """);
        assertThat(new DirectorySource(root, "https://docs.example").list()).extracting(SourceDocument::id)
                .as("a file only included from _includes is no page of its own").doesNotContain("_includes/support.md");
    }

    @Test
    void aQuartoIncludeIsReadInPlaceAndItsPartialIsNoPageOfItsOwn() throws Exception {
        write("guide/_install.qmd", "Run `pip install quartodoc`.");
        write("_common/support.qmd", "Write to support@example.com.");
        write("guide/setup.qmd", """
                ---
                title: Setup
                ---

                {{< include _install.qmd >}}

                {{< include /_common/support.qmd >}}

                ```markdown
                {{< include _example.qmd >}}
                ```
                {{< video https://example.com/intro.mp4 >}}
                """);

        String page = read("guide/setup.qmd", DocumentFormat.MARKDOWN);

        assertThat(page).contains("Run `pip install quartodoc`.\n\nWrite to support@example.com.")
                .as("an include shown in code is an example; another shortcode is the site's")
                .contains("```markdown\n{{< include _example.qmd >}}\n```", "{{< video https://example.com/intro.mp4 >}}")
                .doesNotContain("{{< include _install.qmd >}}");
        assertThat(new DirectorySource(root, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("guide/setup.qmd");
    }

    @Test
    void aTexinfoManualIsReadWithTheFilesItIncludesWhichAreNoPagesOfTheirOwn() throws Exception {
        write("doc/version.texi", "@set VERSION 4.9\n");
        write("doc/fdl.texi", "@appendix GNU Free Documentation License\n\nCopying is permitted.\n");
        write("doc/sed.texi", """
                \\input texinfo
                @settitle sed, a stream editor
                @include version.texi

                @node Top
                @top sed

                This manual is for sed @value{VERSION}.

                @include fdl.texi
                @include missing.texi
                @bye
                """);

        String manual = read("doc/sed.texi", DocumentFormat.TEXINFO);

        assertThat(manual).contains("@settitle sed, a stream editor\n@set VERSION 4.9\n").doesNotContain("@include version.texi")
                .contains("@appendix GNU Free Documentation License")
                .as("a file that is not there leaves its line").contains("@include missing.texi");
        assertThat(new DirectorySource(root, "https://docs.example").list()).extracting(SourceDocument::id)
                .containsExactly("doc/sed.texi");
    }

    @Test
    void aMissingFileOrOneOutsideTheRootLeavesTheDirectiveAndThePagesBytesAsTheyWere() throws Exception {
        Files.writeString(temp.resolve("secret.txt"), "outside");
        String text = ".. include:: ../secret.txt\r\n.. include:: missing.txt\r\n";
        write("page.rst", text);

        assertThat(read("page.rst", DocumentFormat.RESTRUCTURED_TEXT)).isEqualTo(text);
    }

    @Test
    void aPageThatIncludesItselfStopsFourDeep() throws Exception {
        write("loop.md", "x\n--8<-- \"loop.md\"");

        assertThat(read("loop.md", DocumentFormat.MARKDOWN).lines().filter("x"::equals).count()).isEqualTo(5);
    }

    @Test
    void aFileThatIsOnlyIncludedIsNoPageOfItsOwnButAnIncludedPageStaysOne() throws Exception {
        write("manual/OPTIONS.txt", ".. option:: -x\n\n   Stop.\n");
        write("manual/cmake.rst", "cmake\n=====\n\n.. include:: OPTIONS.txt\n");
        write("_partials/limits.md", "Ten seats.");
        write("guide.md", "# Guide\n\n--8<-- \"_partials/limits.md\"\n\n--8<-- \"faq.md\"");
        write("faq.md", "# FAQ");
        write("notes.txt", "Plain notes nobody includes.");

        var documents = new DirectorySource(root, "https://docs.example").list();

        assertThat(documents).extracting(SourceDocument::id).containsExactly("faq.md", "guide.md", "manual/cmake.rst", "notes.txt");
        assertThat(new String(documents.get(1).content().read(), StandardCharsets.UTF_8)).contains("Ten seats.", "# FAQ");
    }

    private void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String read(String path, DocumentFormat format) throws Exception {
        Path file = root.resolve(path);
        return new String(IncludedFiles.expand(root.toAbsolutePath().normalize(), file, format, Files.readAllBytes(file)),
                StandardCharsets.UTF_8);
    }
}
