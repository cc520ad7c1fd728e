package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RDocParserTest {

    private final RDocParser parser = new RDocParser();

    @Test
    void aCommandsLabelledOptionsAreSectionsOfTheirOwnUnderTheHeadingTheyAreIn() throws Exception {
        ParsedDocument page = parse("""
                = Sprout Command Line Usage

                Sprout is run as:

                    % sprout [options ...] [targets ...]

                == Options

                [<tt>--jobs</tt> _number_ (-j)]
                    Runs at most <em>number</em> tasks at once.

                    Sample values:

                      --jobs=1  : one at a time

                [<tt>--quiet</tt> (-q)] Prints nothing.
                verbose::  Prints every task, see {the guide}[https://sprout.example/guide]
                           and +Sprout::Task+.
                """);

        assertThat(page.title()).isEqualTo("Sprout Command Line Usage");
        assertThat(page.sections()).extracting(Section::headings).containsExactly(List.of(),
                List.of("Options", "`--jobs` number (-j)"), List.of("Options", "`--quiet` (-q)"), List.of("Options", "verbose"));
        assertThat(page.sections().get(0).text()).isEqualTo("Sprout is run as:\n\n```\n% sprout [options ...] [targets ...]\n```");
        assertThat(page.sections().get(1).text()).as("an item's indented body is its text; what is indented past it, code")
                .isEqualTo("Runs at most number tasks at once.\n\nSample values:\n\n```\n--jobs=1  : one at a time\n```");
        assertThat(page.sections().get(2).text()).isEqualTo("Prints nothing.");
        assertThat(page.sections().get(3).text())
                .isEqualTo("Prints every task, see [the guide](https://sprout.example/guide)\nand `Sprout::Task`.");
    }

    @Test
    void linesIndentedPastTheirParagraphAreCodeAndListItemsKeepTheirContinuationLines() throws Exception {
        ParsedDocument page = parse("""
                = Parsing

                Default value:
                  CSV::DEFAULT_OPTIONS.fetch(:strip) # => false

                With \\OptionParser you can:

                - define an option and its handler
                  in one place;
                - read "a\\nb" as two lines.
                1. Parse the command line.
                """);

        assertThat(page.sections().getFirst().text()).isEqualTo("""
                Default value:

                ```
                CSV::DEFAULT_OPTIONS.fetch(:strip) # => false
                ```

                With OptionParser you can:

                - define an option and its handler
                in one place;
                - read "a\\nb" as two lines.
                - Parse the command line.""");
    }

    @Test
    void directivesNameThePageHideWhatFollowsStopdocAndShowNothingThemselves() throws Exception {
        ParsedDocument page = parse("""
                :title: Tasks Guide
                :section: Internals

                Visible.
                  :include: examples/basic.rb
                :stopdoc:
                Hidden.
                :startdoc:
                Visible again.
                """);

        assertThat(page.title()).isEqualTo("Tasks Guide");
        assertThat(page.sections()).extracting(Section::text).containsExactly("Visible.\nVisible again.");
    }

    @Test
    void aFileThatDeclaresMarkdownIsReadAsMarkdown() throws Exception {
        ParsedDocument page = parse(":markup: markdown\n\n# Guide\n\n    indented code\n\n* a *list*\n");

        assertThat(page.title()).isEqualTo("Guide");
        assertThat(page.sections().getFirst().text()).contains("indented code").contains("a *list*");
    }

    @Test
    void aParagraphOfMarkupThatNothingClosesIsReadAsWritten() throws Exception {
        String paragraph = "Use <tt>a and {b or c".repeat(5_000);

        ParsedDocument page = parse("= Page\n\nRun <tt>rake</tt> first.\n\n" + paragraph + "\n");

        assertThat(page.sections().getFirst().text()).isEqualTo("Run `rake` first.\n\n" + paragraph);
    }

    private ParsedDocument parse(String rdoc) throws UnreadableDocumentException {
        return parser.parse(rdoc.getBytes(StandardCharsets.UTF_8), "guide");
    }
}
