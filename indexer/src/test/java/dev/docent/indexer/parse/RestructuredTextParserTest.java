package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestructuredTextParserTest {

    private final RestructuredTextParser parser = new RestructuredTextParser();

    @Test
    void aParagraphOfInlineLiteralsThatNothingClosesIsReadAsWritten() throws Exception {
        String paragraph = "Use ``a and ``b then ``c ".repeat(10_000).strip();

        ParsedDocument doc = parser.parse(("Title\n=====\n\n" + paragraph + "\n\nClosed: ``--cov``.\n").getBytes(StandardCharsets.UTF_8), "t");

        assertThat(doc.sections().getFirst().text()).isEqualTo(paragraph + "\n\nClosed: `--cov`.");
    }

    @Test
    void sectionTitlesAreHeadingsLevelledInTheOrderThePageUsesTheirStyles() throws Exception {
        String page = """
                :orphan:

                ==========
                Deployment
                ==========

                How to run the service in production.

                Containers
                ==========

                Use the official image.

                Health checks
                -------------

                Probe ``/health`` every ten seconds.

                Kubernetes
                ==========

                A Helm chart is provided.
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.title()).isEqualTo("Deployment");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of(), List.of("Containers"), List.of("Containers", "Health checks"), List.of("Kubernetes"));
        assertThat(doc.sections()).extracting(Section::anchor).containsExactly("", "containers", "health-checks", "kubernetes");
        assertThat(doc.sections().get(2).text()).isEqualTo("Probe `/health` every ten seconds.");
    }

    @Test
    void codeBlocksAndLiteralBlocksStayCodeWithTheirLanguage() throws Exception {
        String page = """
                Install
                =======

                .. code-block:: python
                   :linenos:

                   import acme

                   acme.connect()

                Or from a shell::

                    pip install acme
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).singleElement().extracting(Section::blocks).satisfies(blocks -> {
            assertThat(blocks).extracting(TextBlock::kind)
                    .containsExactly(TextBlock.Kind.CODE, TextBlock.Kind.PROSE, TextBlock.Kind.CODE);
            assertThat(blocks).extracting(TextBlock::text).containsExactly(
                    "```python\nimport acme\n\nacme.connect()\n```", "Or from a shell:", "```\npip install acme\n```");
        });
    }

    /** pytest's doctest page: a list item's literal block, then more of the item's text and a directive. */
    @Test
    void aLiteralBlockInAListItemEndsWhereTheItemsTextGoesOn() throws Exception {
        String page = """
                Options
                =======

                * ``NUMBER``: floats only need to match as far as
                  the precision you wrote::

                      >>> math.pi
                      3.14

                  If you wrote ``3.1416`` the output must match to 4 places.

                  .. versionadded:: 5.1

                #. Numbered::

                     pytest -x

                   Stops at the first failure.
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).singleElement().extracting(Section::blocks).satisfies(blocks -> {
            assertThat(blocks).extracting(TextBlock::kind).containsExactly(TextBlock.Kind.PROSE, TextBlock.Kind.CODE,
                    TextBlock.Kind.PROSE, TextBlock.Kind.PROSE, TextBlock.Kind.PROSE, TextBlock.Kind.CODE, TextBlock.Kind.PROSE);
            assertThat(blocks).extracting(TextBlock::text).containsExactly(
                    "* `NUMBER`: floats only need to match as far as\n  the precision you wrote:", "```\n>>> math.pi\n3.14\n```",
                    "If you wrote `3.1416` the output must match to 4 places.", "New in version 5.1.",
                    "#. Numbered:", "```\npytest -x\n```", "Stops at the first failure.");
        });
    }

    /** Sphinx's {@code highlight} directive sets the language of the literal blocks after it (Scrapy's, pytest's pages). */
    @Test
    void literalBlocksTakeTheLanguageTheLastHighlightDirectiveSet() throws Exception {
        String page = """
                Settings
                ========

                Before any::

                    plain

                .. highlight:: sh

                Run::

                    scrapy crawl myspider

                .. note::

                   Or in Python::

                       settings.get("LOG_LEVEL")

                .. highlight:: python
                """;

        assertThat(parse(page).sections().getFirst().blocks()).filteredOn(b -> b.kind() == TextBlock.Kind.CODE)
                .extracting(TextBlock::text)
                .containsExactly("```\nplain\n```", "```sh\nscrapy crawl myspider\n```", "```sh\nsettings.get(\"LOG_LEVEL\")\n```");
    }

    @Test
    void admonitionsAreProseWithTheirLabelAndOtherDirectivesCommentsAndTargetsAreDropped() throws Exception {
        String page = """
                Upgrading
                =========

                .. toctree::
                   :maxdepth: 2

                   changelog
                   migration

                .. _upgrade-notes:

                .. warning:: Back up your database first.

                .. note::

                   Downgrades are not supported.

                .. versionadded:: 2.4
                   The ``--dry-run`` flag.

                .. image:: diagram.png
                   :alt: Upgrade flow

                .. This comment is for editors.

                Read :ref:`the migration guide <migration>` and `the FAQ <https://example.test/faq>`_.
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).singleElement().extracting(Section::blocks).satisfies(blocks ->
                assertThat(blocks).extracting(TextBlock::text).containsExactly(
                        "Warning:\nBack up your database first.",
                        "Note:\nDowngrades are not supported.",
                        "New in version 2.4:\nThe `--dry-run` flag.",
                        "Read the migration guide and [the FAQ](https://example.test/faq)."));
    }

    @Test
    void whatSphinxDescribesIsASubsectionHeadedByItsSignatureAndTheTextAfterItIsTheSectionsAgain() throws Exception {
        String page = """
                API Reference
                =============

                Configuration options
                ---------------------

                .. confval:: addopts

                   Add the specified ``OPTS`` to the set of command line arguments.

                .. option:: -x, --exitfirst

                   Stop after the first failure.

                Options can also come from the environment.

                .. py:class:: pytest.Config

                   Access to configuration values.

                   .. py:method:: getini(name)

                      Return a configuration value from an ini file.

                .. automodule:: pytest
                   :members:
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).extracting(Section::headings, Section::anchor, s -> s.blocks().getFirst().text()).containsExactly(
                tuple(List.of("Configuration options", "addopts"), "confval-addopts",
                        "Add the specified `OPTS` to the set of command line arguments."),
                tuple(List.of("Configuration options", "-x, --exitfirst"), "cmdoption-x", "Stop after the first failure."),
                tuple(List.of("Configuration options"), "configuration-options", "Options can also come from the environment."),
                tuple(List.of("Configuration options", "pytest.Config"), "pytest.Config", "Access to configuration values."),
                tuple(List.of("Configuration options", "pytest.Config", "getini(name)"), "pytest.Config.getini",
                        "Return a configuration value from an ini file."));
    }

    /** pytest's reference writes its environment variables' descriptions under them, not indented into them. */
    @Test
    void aDescriptionWithoutABodyHeadsTheParagraphsAfterItUpToTheNextDescriptionOrTitle() throws Exception {
        String page = """
                Reference
                =========

                Environment Variables
                ---------------------

                Environment variables that change pytest's behavior.

                .. envvar:: CI

                When set (regardless of value), pytest acknowledges that it is running in a CI process.

                .. envvar:: PYTEST_ADDOPTS

                This contains a command-line that will be **prepended** to the command line.

                It is parsed with ``shlex``.

                Exit codes
                ----------

                Six exit codes.
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).extracting(Section::headings, Section::anchor, Section::text).containsExactly(
                tuple(List.of("Environment Variables"), "environment-variables", "Environment variables that change pytest's behavior."),
                tuple(List.of("Environment Variables", "CI"), "envvar-CI",
                        "When set (regardless of value), pytest acknowledges that it is running in a CI process."),
                tuple(List.of("Environment Variables", "PYTEST_ADDOPTS"), "envvar-PYTEST_ADDOPTS",
                        "This contains a command-line that will be **prepended** to the command line.\n\nIt is parsed with `shlex`."),
                tuple(List.of("Exit codes"), "exit-codes", "Six exit codes."));
    }

    /**
     * The built page shows each object autodoc documents under its signature; the source names it. pytest's reference
     * lists its hooks so, and "pytest_runtest_teardown" was in none of its passages.
     */
    @Test
    void anObjectAutodocDocumentsKeepsItsNameAndAModuleGoes() throws Exception {
        String page = """
                Hooks
                =====

                All runtest related hooks receive a ``pytest.Item``.

                .. autofunction:: pytest_runtest_setup
                .. autofunction:: pytest_runtest_teardown

                .. automodule:: _pytest.hookspec
                   :members:
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).singleElement().extracting(Section::text)
                .isEqualTo("All runtest related hooks receive a `pytest.Item`.\n\n`pytest_runtest_setup`\n\n`pytest_runtest_teardown`");
    }

    /** Ansible's table of variable names parts its rows with blank lines, as simple tables may. */
    @Test
    void aSimpleTableWhoseRowsBlankLinesPartIsReadToItsLastBorder() throws Exception {
        String page = """
                Variables
                =========

                .. table::
                   :class: documentation-table

                   ====================== ==========================================
                    Valid variable names   Not valid
                   ====================== ==========================================
                   ``foo``                ``*foo``, Python keywords such as ``async``

                   ``foo_port``           ``foo-port``, ``foo port``
                   ====================== ==========================================

                Simple variables combine a name with a value.
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).singleElement().extracting(Section::text).isEqualTo("""
                | Valid variable names | Not valid |
                |---|---|
                | `foo` | `*foo`, Python keywords such as `async` |
                | `foo_port` | `foo-port`, `foo port` |

                Simple variables combine a name with a value.""");
    }

    /** Sphinx's HTML keeps docutils' section ids: a citation of "pytest.fail" opens at #pytest-fail, not #pytestfail. */
    @Test
    void sectionsAreAnchoredAsDocutilsIdsThem() throws Exception {
        String page = """
                API Reference
                =============

                pytest.fail
                -----------

                Fails the test.

                1. Command line options
                -----------------------

                Options.

                API Reference
                -------------

                Again.
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).extracting(Section::anchor).containsExactly("pytest-fail", "command-line-options", "id1");
    }

    /** Borders that no last border follows: each is read up to its blank line, as a table is without blank lines. */
    @Test
    void simpleTableBordersThatNothingClosesAreEachReadToTheirBlankLine() throws Exception {
        String page = "Tables\n======\n\n" + "=====  =====\nx      y\n\n".repeat(3) + "After.\n";

        List<TextBlock> blocks = parse(page).sections().getFirst().blocks();

        assertThat(blocks).extracting(TextBlock::text).containsExactly(
                "| | |\n|---|---|\n| x | y |", "| | |\n|---|---|\n| x | y |", "| | |\n|---|---|\n| x | y |", "After.");
    }

    @Test
    void tabsTablesAndOtherContainersKeepTheirBodyAndATitleTheyShow() throws Exception {
        String page = """
                Installing
                ==========

                .. tab-set::

                   .. tab-item:: Python

                      Install it with pip.

                      .. code-block:: bash

                         pip install quill

                   .. tab-item:: Java

                      Add the Maven dependency.

                .. list-table:: Limits
                   :header-rows: 1

                   * - Plan
                     - Seats
                   * - Team
                     - 10

                .. glossary::

                   worker
                      A process that runs tests.
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).singleElement().extracting(Section::blocks).satisfies(blocks ->
                assertThat(blocks).extracting(TextBlock::text).containsExactly(
                        "Python", "Install it with pip.", "```bash\npip install quill\n```", "Java", "Add the Maven dependency.",
                        "* - Plan\n  - Seats\n* - Team\n  - 10", "worker\n   A process that runs tests."));
    }

    @Test
    void rolesThatNameCodeStayCodeAndTheOthersReadAsText() {
        assertThat(RestructuredTextParser.inline("Call :py:func:`pytest.fail` or see :ref:`Skipping <skip>` and ``-x``."))
                .isEqualTo("Call `pytest.fail` or see Skipping and `-x`.");
    }

    @Test
    void aCalloutTitledByAQuestionIsASectionHeadedByIt() throws Exception {
        String page = """
                Getting started
                ===============

                Running the build
                -----------------

                This builds HTML.

                .. admonition:: How do I generate PDF documents?

                   ``make latexpdf`` runs the LaTeX builder.

                Run ``make`` to see the targets.
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of("Running the build"), List.of("Running the build", "How do I generate PDF documents?"),
                List.of("Running the build"));
        assertThat(doc.sections().get(1).text()).isEqualTo("`make latexpdf` runs the LaTeX builder.");
        assertThat(doc.sections().get(1).anchor()).isEqualTo("running-the-build");
        assertThat(doc.sections().get(2).text()).isEqualTo("Run `make` to see the targets.");
    }

    @Test
    void anEmptyVersionNoteReadsAsSphinxShowsItAndAnnouncesNothing() throws Exception {
        String page = """
                Message Flashing
                ================

                .. versionadded:: 0.3

                It is also possible to provide categories when flashing a message.
                """;

        assertThat(parse(page).sections().getFirst().text())
                .isEqualTo("New in version 0.3.\n\nIt is also possible to provide categories when flashing a message.");
    }

    /** Django's "documented in the :doc:`built-in\nmiddleware reference </ref/middleware>`" read "documented in the middleware>". */
    @Test
    void aLinksTitleMayRunOverTwoLines() {
        assertThat(RestructuredTextParser.inline("they're documented in the :doc:`built-in\nmiddleware reference </ref/middleware>`."))
                .isEqualTo("they're documented in the built-in\nmiddleware reference.");
    }

    /** CPython's "see also" boxes open with a role, which was taken for a directive's option and dropped. */
    @Test
    void aCalloutThatOpensWithARoleKeepsItAndPepsReadAsSphinxShowsThem() throws Exception {
        String page = """
                Options
                =======

                Runs a module.

                .. seealso::
                   :func:`runpy.run_path`
                      Equivalent functionality directly available to Python code

                   :pep:`338` -- Executing modules as scripts, and :rfc:`2616`.

                .. code-block:: python
                   :linenos:

                   import runpy
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections().getFirst().blocks()).extracting(TextBlock::text).containsExactly("Runs a module.",
                "See also:\n`runpy.run_path`\n   Equivalent functionality directly available to Python code",
                "PEP 338 -- Executing modules as scripts, and RFC 2616.", "```python\nimport runpy\n```");
    }

    @Test
    void anUntitledLinkReadsAsTheWordsOfItsTarget() {
        assertThat(RestructuredTextParser.inline("Use a tool, as described in :ref:`error-logging-tools`, or see :doc:`/patterns/app_logging`."))
                .isEqualTo("Use a tool, as described in error logging tools, or see app logging.");
    }

    @Test
    void footnoteMarksGoAndEscapedCharactersStay() {
        assertThat(RestructuredTextParser.inline("of concurrency slots [*]_ (processes), see [1]_ and `Why is Task.delay/apply\\*/the worker hanging?`_"))
                .isEqualTo("of concurrency slots (processes), see and Why is Task.delay/apply*/the worker hanging?");
        assertThat(RestructuredTextParser.inline("Keep ``C:\\temp\\*`` as written.")).isEqualTo("Keep `C:\\temp\\*` as written.");
    }

    @Test
    void aFieldListIsOneItemPerField() throws Exception {
        String page = """
                Exit codes
                ==========

                Running ``pytest`` can result in six different exit codes:

                :Exit code 0: All tests were collected and passed successfully
                :Exit code 1: Tests were collected and run but some of the tests
                              failed
                :Exit code 5: No tests were collected

                See :ref:`usage` for more.
                """;

        assertThat(parse(page).sections().getFirst().text()).isEqualTo("""
                Running `pytest` can result in six different exit codes:

                - Exit code 0: All tests were collected and passed successfully
                - Exit code 1: Tests were collected and run but some of the tests failed
                - Exit code 5: No tests were collected

                See usage for more.""");
    }

    @Test
    void aLiteralKeepsTheRoleItQuotes() {
        assertThat(RestructuredTextParser.inline("A reference like ``:py:class:`zipfile.ZipFile``` links to ``zipfile``."))
                .isEqualTo("A reference like `` :py:class:`zipfile.ZipFile` `` links to `zipfile`.");
        assertThat(RestructuredTextParser.inline("The ``g`` name stands for \"global\".\nThe data on ``g`` is lost."))
                .isEqualTo("The `g` name stands for \"global\".\nThe data on `g` is lost.");
    }

    private ParsedDocument parse(String page) throws UnreadableDocumentException {
        return parser.parse(page.getBytes(StandardCharsets.UTF_8), "fallback");
    }
}
