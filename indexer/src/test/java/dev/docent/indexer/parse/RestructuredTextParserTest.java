package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestructuredTextParserTest {

    private final RestructuredTextParser parser = new RestructuredTextParser();

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

    private ParsedDocument parse(String page) throws UnreadableDocumentException {
        return parser.parse(page.getBytes(StandardCharsets.UTF_8), "fallback");
    }
}
