package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private final PlainTextParser parser = new PlainTextParser();

    @Test
    void plainTextIsOneSectionTitledByTheFileName() throws Exception {
        ParsedDocument doc = parse("Thanks to everyone who contributed.\n\nSee the website for more.");

        assertThat(doc.title()).isEqualTo("CREDITS");
        assertThat(doc.sections()).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("Thanks to everyone who contributed.\n\nSee the website for more."));
    }

    /** Vim's help divides each file with rules and heads each part with the line after the rule. */
    @Test
    void rulesDivideATextFileIntoPartsHeadedByTheLineAfterEach() throws Exception {
        ParsedDocument doc = parse("""
                *undo.txt*      For Vim version 9.0.

                1. Undo and redo commands		|undo-commands|

                ==============================================================================
                1. Undo and redo commands				*undo-commands*

                u			Undo [count] changes.

                ==============================================================================
                The last changes are remembered, and they can be undone
                one at a time.
                """);

        assertThat(doc.sections()).extracting(Section::headings).containsExactly(
                List.of(), List.of("1. Undo and redo commands *undo-commands*"));
        assertThat(doc.sections().get(1).text())
                .isEqualTo("u\t\t\tUndo [count] changes.\n\nThe last changes are remembered, and they can be undone\none at a time.");
        assertThat(doc.sections()).noneSatisfy(section -> assertThat(section.text()).contains("====="));
    }

    /** Django writes its documentation in reStructuredText files named {@code .txt}. */
    @Test
    void aTextFileWrittenInRestructuredTextIsReadAsSuch() throws Exception {
        ParsedDocument doc = parse("""
                =============
                Writing views
                =============

                A view function is a Python function that takes a web request.

                Returning errors
                ================

                .. code-block:: python

                    return HttpResponseNotFound("<h1>Page not found</h1>")
                """);

        assertThat(doc.title()).isEqualTo("Writing views");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Returning errors"));
        assertThat(doc.sections().getLast().text()).startsWith("```python\nreturn HttpResponseNotFound");
    }

    /** Git writes its manual pages in AsciiDoc files named {@code .txt}. */
    @Test
    void aTextFileWrittenInAsciiDocIsReadAsSuch() throws Exception {
        ParsedDocument doc = parse("""
                git-check-mailmap(1)
                ====================

                SYNOPSIS
                --------
                [verse]
                'git check-mailmap' [<options>] <contact>...

                OPTIONS
                -------
                --stdin::
                	Read contacts, one per line, from the standard input.
                """);

        assertThat(doc.title()).isEqualTo("git-check-mailmap(1)");
        assertThat(doc.sections().getLast().text()).isEqualTo("- --stdin: Read contacts, one per line, from the standard input.");
    }

    @Test
    void aLineOfDashesUnderAShorterLineIsNotEnoughWhenTheLineIsLonger() {
        assertThat(RestructuredTextParser.isWrittenIn("Some notes about the release process\n---\nMore text.")).isFalse();
        assertThat(RestructuredTextParser.isWrittenIn("Release notes\n-------------\nMore text.")).isTrue();
    }

    private ParsedDocument parse(String text) throws UnreadableDocumentException {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), "CREDITS");
    }
}
