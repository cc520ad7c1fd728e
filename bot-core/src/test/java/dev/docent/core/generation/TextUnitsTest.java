package dev.docent.core.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextUnitsTest {

    @Test
    void aShortItemKeepsTheDescriptionOnTheLinesBelowIt() {
        String markdown = """
                Used to add or clean the npm cache folder.

                * add:
                  Add the specified packages to the local cache.

                * clean:
                  Delete all data out of the cache folder.
                * Yes
                """;
        List<TextUnit> units = TextUnits.of(markdown);

        assertThat(units).extracting(TextUnit::text).containsExactly(
                "Used to add or clean the npm cache folder.",
                "* add: Add the specified packages to the local cache.",
                "* clean: Delete all data out of the cache folder.");
        assertThat(units).extracting(TextUnit::position).containsExactly(0, 1, 2);
    }

    @Test
    void paragraphsBecomeSentencesListsBecomeItemsAndAShortCodeBlockOneUnit() {
        String markdown = """
                Webhooks are retried when your endpoint fails. Each retry waits longer than the last.

                To rotate the signing secret:
                1. Open Settings > Webhooks.
                2. Click Rotate secret and confirm.
                   The old secret keeps working for 24 hours.

                ```bash
                curl -X POST https://api.formwell.example/v2/webhooks
                ```
                """;
        List<TextUnit> units = TextUnits.of(markdown);

        assertThat(units).extracting(TextUnit::text).containsExactly(
                "Webhooks are retried when your endpoint fails.",
                "Each retry waits longer than the last.",
                "To rotate the signing secret:",
                "1. Open Settings > Webhooks.",
                "2. Click Rotate secret and confirm. The old secret keeps working for 24 hours.",
                "```\ncurl -X POST https://api.formwell.example/v2/webhooks\n```");
        assertThat(units.get(3).group()).isEqualTo(units.get(4).group()).isNotNegative();
        assertThat(units.get(0).group()).isEqualTo(-1);
        assertThat(units.get(5).kind()).isEqualTo(TextUnit.Kind.CODE);
        assertThat(units.get(5).group()).as("a block of its own").isNotNegative().isNotEqualTo(units.get(4).group());
        assertThat(units.get(5).terms()).as("code never matches a question by its words").isEmpty();
    }

    @Test
    void stepsAllNumberedOneAreNumberedAsTheSiteShowsThem() {
        String markdown = """
                To publish your custom parser to npm, perform the following:

                1. Create a custom parser.
                1. Create an npm package for the custom parser.
                1. Publish the npm package.

                Then, in order:

                3) Open the settings page.
                3) Save the changes you made.

                Numbered by hand:

                1. Open the settings page.
                1. Save the changes you made.
                3. Close the settings page.
                """;
        List<TextUnit> units = TextUnits.of(markdown);

        assertThat(units).extracting(TextUnit::text).containsExactly(
                "To publish your custom parser to npm, perform the following:",
                "1. Create a custom parser.",
                "2. Create an npm package for the custom parser.",
                "3. Publish the npm package.",
                "Then, in order:",
                "3) Open the settings page.",
                "4) Save the changes you made.",
                "Numbered by hand:",
                "1. Open the settings page.",
                "1. Save the changes you made.",
                "3. Close the settings page.");
    }

    @Test
    void linksInsideCodeStayAsWritten() {
        String withLink = "```md\nSee [the guide](guide.md).\n```";

        assertThat(TextUnits.of(withLink)).extracting(TextUnit::text).containsExactly("```\nSee [the guide](guide.md).\n```");
    }

    @Test
    void aSentenceThatPointsToTheBlockRightAfterItOrToTheNextPassageAnnouncesItAsAColonWould() {
        String markdown = """
                In that file add the following CSS.

                ```css
                .wy-nav-content { max-width: none; }
                ```

                The following themes are built in. They are listed below.

                - the mkdocs theme
                - the readthedocs theme

                Both are documented below.
                """;
        assertThat(TextUnits.of(markdown)).extracting(TextUnit::text).containsExactly("In that file add the following CSS:",
                "```\n.wy-nav-content { max-width: none; }\n```", "The following themes are built in.", "They are listed below:",
                "- the mkdocs theme", "- the readthedocs theme", "Both are documented below:");
    }

    @Test
    void aSentenceThatSaysHereIsOrRunsIntoTheBlockWithoutAStopAnnouncesItToo() {
        String markdown = """
                Here is how sessions work.

                ```python
                session['user'] = name
                ```

                Thus, to get the same diff, we can now do

                ```
                git diff --cached
                ```

                Example: running `node example.js` from `/Users/mjr`

                ```
                console.log(__dirname);
                ```

                Where the sessions are stored does not matter.
                """;
        assertThat(TextUnits.of(markdown)).extracting(TextUnit::text).containsExactly("Here is how sessions work:",
                "```\nsession['user'] = name\n```", "Thus, to get the same diff, we can now do:", "```\ngit diff --cached\n```",
                "Example: running `node example.js` from `/Users/mjr`:", "```\nconsole.log(__dirname);\n```",
                "Where the sessions are stored does not matter.");
    }

    @Test
    void aShortParagraphThatASentenceAnnouncesWithAColonIsOneUnitInAGroupOfItsOwn() {
        String markdown = """
                After 10 failed attempts, Formwell locks the account and shows:

                Too many sign-in attempts. Try again in 30 minutes or reset your password.

                Resetting your password unlocks the account. Admins cannot unlock it.
                """;
        List<TextUnit> units = TextUnits.of(markdown);

        assertThat(units).extracting(TextUnit::text).containsExactly(
                "After 10 failed attempts, Formwell locks the account and shows:",
                "Too many sign-in attempts. Try again in 30 minutes or reset your password.",
                "Resetting your password unlocks the account.",
                "Admins cannot unlock it.");
        assertThat(units.get(1).kind()).isEqualTo(TextUnit.Kind.SENTENCE);
        assertThat(units.get(1).group()).isNotNegative();
        assertThat(units.get(2).group()).as("only the paragraph right after the colon").isEqualTo(-1);
    }

    @Test
    void aParagraphAfterAColonIsSplitAsUsualWhenItAnnouncesSomethingItselfIsLongOrFollowsAHeading() {
        String longParagraph = "The first option turns it on. ".repeat(11).strip();
        String markdown = """
                This rule has a mixed option:

                For example, for 2-space indentation:

                It has these settings:

                %s

                Read on:

                ## Details

                Details come in two parts. This is the second.
                """.formatted(longParagraph);
        List<TextUnit> units = TextUnits.of(markdown);

        assertThat(units).allSatisfy(unit -> assertThat(unit.group()).isEqualTo(-1));
        assertThat(units).extracting(TextUnit::text).contains("For example, for 2-space indentation:",
                "Details come in two parts.", "This is the second.");
    }

    @Test
    void tableRowsAreSpelledOutAgainstTheirHeader() {
        String markdown = """
                | Plan | Max upload |
                |------|-----------:|
                | Team | 25 MB |
                | Business | 100 MB |
                """;
        assertThat(TextUnits.of(markdown)).extracting(TextUnit::text)
                .containsExactly("Plan: Team; Max upload: 25 MB", "Plan: Business; Max upload: 100 MB");
    }

    /** The indexer gives a table without a header row (Sphinx's autosummary) an empty one. */
    @Test
    void rowsUnderAnEmptyHeaderAreSpelledOutAsTheirCellsAlone() {
        String markdown = "| | |\n|---|---|\n| `read_csv`(urlpath) | Read CSV files. |\n| `read_orc`(path) | Read ORC files. |\n";

        assertThat(TextUnits.of(markdown)).extracting(TextUnit::text)
                .containsExactly("`read_csv`(urlpath); Read CSV files.", "`read_orc`(path); Read ORC files.");
    }

    /** A reference's summary table labels each value in the cell before it (Apache's directives). */
    @Test
    void aCellThatEndsInAColonLabelsTheNextOne() {
        String markdown = "| | |\n|---|---|\n| Description: | Maximum number of connections |\n| Context: | server config |\n";

        assertThat(TextUnits.of(markdown)).extracting(TextUnit::text)
                .containsExactly("Description: Maximum number of connections", "Context: server config");
    }

    @Test
    void noBreakSpacesThatWidenAGeneratedTablesColumnAreNotPartOfItsHeader() {
        String markdown = "| Name\u00a0\u00a0\u00a0\u00a0 | Description |\n|---|---|\n| no-cycle | Forbid cycles. |\n";

        assertThat(TextUnits.of(markdown)).extracting(TextUnit::text).containsExactly("Name: no-cycle; Description: Forbid cycles.");
    }

    @Test
    void inlineHtmlTagsAreNotQuotedButTheirTextAndInlineCodeAre() {
        String markdown = """
                | Code | Description |
                |---|---|
                | <a id="fst_err_dec">FST_ERR_DEC</a> | A decorator with the same name is already registered. |

                - `code` (`string`)<br> The source code text. Write `<br>` for a line break.

                Valid values: `string[]` \\
                Default: `[]`
                """;

        assertThat(TextUnits.of(markdown)).extracting(TextUnit::text).containsExactly(
                "Code: FST_ERR_DEC; Description: A decorator with the same name is already registered.",
                "- `code` (`string`) The source code text. Write `<br>` for a line break.",
                "Valid values: `string[]` Default: `[]`");
    }

    @Test
    void linksAreQuotedAsTheirTextSoSentencesAreNotCutInsideThem() {
        String markdown = "For endpoints, see [Webhooks](../api/webhooks.md) and [Signatures](../api/signatures.md). ![Diagram](img.png) Done here.";
        assertThat(TextUnits.of(markdown)).extracting(TextUnit::text)
                .containsExactly("For endpoints, see Webhooks and Signatures.", "Diagram Done here.");
    }

    @Test
    void aLinkWhoseTextWrapsOntoTheNextLineIsQuotedAsItsTextToo() {
        String markdown = "Fastify checks the [maximum\nsize](./Server.md#factory-body-limit) of the body.\n"
                + "- a list item that links to\n  [the\n  guide](guide.md) as well";
        assertThat(TextUnits.of(markdown)).extracting(TextUnit::text).containsExactly(
                "Fastify checks the maximum size of the body.", "- a list item that links to the guide as well");
    }

    @Test
    void emphasisAroundASentenceStaysWholeAndEmphasisSplitBetweenSentencesIsDropped() {
        String markdown = "For **wildcard**, use the *star*. *Remember that static routes are always\n"
                + "checked before parametric and wildcard.*\n\n"
                + "_**Note:** If you use a custom instance, add schemas to it. Fastify's `addSchema` has no idea._\n\n"
                + "**This function is legacy. Use `Buffer.from(str, 'base64')`.**";
        assertThat(TextUnits.of(markdown)).extracting(TextUnit::text).containsExactly(
                "For **wildcard**, use the *star*.", "*Remember that static routes are always checked before parametric and wildcard.*",
                "**Note:** If you use a custom instance, add schemas to it.", "Fastify's `addSchema` has no idea.",
                "This function is legacy.", "Use `Buffer.from(str, 'base64')`.");
    }

    @Test
    void unitsCarryTheirStemmedTerms() {
        TextUnit unit = TextUnits.of("Resetting passwords requires the account owner.").getFirst();
        assertThat(unit.terms()).contains("reset", "password", "account", "owner").doesNotContain("the");
    }
}
