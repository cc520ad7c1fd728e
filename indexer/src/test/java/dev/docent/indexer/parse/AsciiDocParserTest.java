package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsciiDocParserTest {

    private final AsciiDocParser parser = new AsciiDocParser();

    @Test
    void aParagraphOfMacrosThatNothingClosesAndALongConditionLineAreReadAsWritten() throws Exception {
        String paragraph = "See <<setup and press kbd:[Ctrl ".repeat(5_000).strip();
        String condition = "ifeval::[" + "{x}[".repeat(20_000) + "]";
        String page = "= Page\n\nOpen <<install,Install>> first.\n\n" + paragraph + "\n\n" + condition + "\nShown.\n";

        ParsedDocument doc = parser.parse(page.getBytes(StandardCharsets.UTF_8), "page");

        assertThat(doc.sections().getFirst().text()).isEqualTo("Open Install first.\n\n" + paragraph + "\n\nShown.");
    }

    @Test
    void anArmoredSignatureSharingAsciiDocsAscExtensionIsNoPage() throws Exception {
        String signature = "-----BEGIN PGP SIGNATURE-----\n\niQIzBAABCAAdFiEE\n=x1Yz\n-----END PGP SIGNATURE-----\n";

        ParsedDocument parsed = parser.parse(signature.getBytes(StandardCharsets.UTF_8), "release.tar.gz");

        assertThat(parsed.sections()).isEmpty();
        assertThat(parser.parse("= Getting Started\n\nAbout version control.\n".getBytes(StandardCharsets.UTF_8), "x")
                .title()).isEqualTo("Getting Started");
    }

    @Test
    void titleDescriptionAndHeadingsWithTheirIds() throws Exception {
        String page = """
                = Operator Guide
                Jane Doe <jane@example.test>
                :description: Running the cluster day to day.
                :toc: left

                The guide for on-call engineers.

                [[backups]]
                == Backups

                Snapshots run nightly.

                === Restoring

                Restore from the latest snapshot.
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.title()).isEqualTo("Operator Guide");
        assertThat(doc.description()).isEqualTo("Running the cluster day to day.");
        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of(), List.of("Backups"), List.of("Backups", "Restoring"));
        assertThat(doc.sections()).extracting(Section::anchor).containsExactly("", "backups", "restoring");
        assertThat(doc.sections().getFirst().text()).isEqualTo("The guide for on-call engineers.");
    }

    @Test
    void listingBlocksAreCodeWithTheirLanguage() throws Exception {
        String page = """
                == Configure

                [source,yaml]
                ----
                replicas: 3

                storage: 10Gi
                ----

                ....
                $ kubectl get pods
                ....
                """;

        assertThat(parse(page).sections()).singleElement().extracting(Section::blocks).satisfies(blocks -> {
            assertThat(blocks).extracting(TextBlock::kind).containsOnly(TextBlock.Kind.CODE);
            assertThat(blocks).extracting(TextBlock::text)
                    .containsExactly("```yaml\nreplicas: 3\n\nstorage: 10Gi\n```", "```\n$ kubectl get pods\n```");
        });
    }

    @Test
    void admonitionsKeepTheirLabelAndMarkupThatIsNotTextIsDropped() throws Exception {
        String page = """
                == Upgrading

                // TODO: add screenshots
                include::partials/versions.adoc[]

                NOTE: Read the release notes first.

                [WARNING]
                ====
                Downgrades are not supported.
                ====

                ////
                Internal: ask the release manager.
                ////

                See <<backups,the backup chapter>> and https://example.test/faq[the FAQ].
                """;

        assertThat(parse(page).sections()).singleElement().extracting(Section::blocks).satisfies(blocks ->
                assertThat(blocks).extracting(TextBlock::text).containsExactly(
                        "Note: Read the release notes first.",
                        "Warning:\nDowngrades are not supported.",
                        "See the backup chapter and [the FAQ](https://example.test/faq)."));
    }

    @Test
    void attributeReferencesReadAsTheValuesSetAboveThem() throws Exception {
        String page = """
                = Setup
                :product: Quill Server
                :version: 4.2

                == Install {product}

                {product} {version} needs Java 21.{nbsp}Unknown {references} stay as written.

                :product!:
                After the unset, {product} is a reference again.

                ----
                echo {product}
                ----
                """;

        assertThat(parse(page).sections()).singleElement().satisfies(section -> {
            assertThat(section.headings()).containsExactly("Install Quill Server");
            assertThat(section.blocks()).extracting(TextBlock::text).containsExactly(
                    "Quill Server 4.2 needs Java 21. Unknown {references} stay as written.",
                    "After the unset, {product} is a reference again.",
                    "```\necho {product}\n```");
        });
    }

    /** Git's manual pages: two-line titles and labeled lists of options. */
    @Test
    void underlinedTitlesAreHeadingsAndALabeledListIsOneItemPerEntry() throws Exception {
        String page = """
                git-branch(1)
                =============

                NAME
                ----
                git-branch - List, create, or delete branches

                [[delete-option]]
                A note on deleting.

                OPTIONS
                -------
                -d::
                --delete::
                	Delete a branch. The branch must be fully merged.

                --stdin:: Read contacts from the standard input.

                Run:
                ----
                git branch -d topic
                ----
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.title()).isEqualTo("git-branch(1)");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of("NAME"), List.of("OPTIONS"));
        assertThat(doc.sections().getLast().anchor()).isEqualTo("options");
        assertThat(doc.sections().getLast().text()).isEqualTo("""
                - -d, --delete: Delete a branch. The branch must be fully merged.

                - --stdin: Read contacts from the standard input.

                Run:

                ```
                git branch -d topic
                ```""");
    }

    /** Git's manual pages set their synopsis in a verse block, and some anchors inside a title. */
    @Test
    void aVerseSynopsisKeepsItsLinesAndAnAnchorInATitleAnchorsItsSection() throws Exception {
        String page = """
                git-stash(1)
                ============

                SYNOPSIS
                --------
                [verse]
                'git stash' list [<log-options>]
                'git stash' drop [-q | --quiet] [<stash>]

                CONFIGURED REMOTE-TRACKING BRANCHES[[CRTB]]
                -------------------------------------------
                You often interact with the same remote repository.
                """;

        ParsedDocument doc = parse(page);

        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of("SYNOPSIS"), List.of("CONFIGURED REMOTE-TRACKING BRANCHES"));
        assertThat(doc.sections().getFirst().blocks()).singleElement().satisfies(block -> {
            assertThat(block.kind()).isEqualTo(TextBlock.Kind.CODE);
            assertThat(block.text()).isEqualTo("```\n'git stash' list [<log-options>]\n'git stash' drop [-q | --quiet] [<stash>]\n```");
        });
        assertThat(doc.sections().getLast().anchor()).isEqualTo("CRTB");
    }

    /** Git's options shared by two commands: a condition's lines inside an option's description. */
    @Test
    void aConditionsLinesAreDroppedAlsoInsideAParagraph() throws Exception {
        String page = """
                = Merge options

                --allow-unrelated-histories::
                	Merge histories that share no ancestor.
                ifdef::git-pull[]
                	Only when pulling.
                endif::git-pull[]
                """;

        assertThat(parse(page).sections()).singleElement().extracting(Section::text)
                .isEqualTo("- --allow-unrelated-histories: Merge histories that share no ancestor. Only when pulling.");
    }

    @Test
    void aProjectsOwnInlineMacroReadsAsItsTarget() {
        assertThat(AsciiDocParser.inline("See linkgit:git-config[1] and https://git-scm.com/docs[the site], or mymacro:target[the text]."))
                .isEqualTo("See git-config(1) and [the site](https://git-scm.com/docs), or the text.");
    }

    private ParsedDocument parse(String page) throws UnreadableDocumentException {
        return parser.parse(page.getBytes(StandardCharsets.UTF_8), "fallback");
    }
}
