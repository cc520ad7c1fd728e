package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreoleParserTest {

    @Test
    void aCreolePageReadsAsItRenders() throws Exception {
        String creole = """
                = Widget notes =
                Widget runs on **Linux** and //macOS//. See [[Configuration|the configuration guide]] and [[https://example.com|the site]].
                == Requirements
                * Java 21 or newer
                 ** Temurin works
                # Download the archive
                Run {{{widget --init}}} then {{{**kwargs}}}. Line\\\\break.
                {{{
                server:
                  port: 8080
                 }}}
                }}}
                |=System |=Status |
                |Linux |supported |
                |Windows |[[Windows support|see notes]] |
                {{logo.png|The logo}}
                ----
                """;

        ParsedDocument doc = new CreoleParser().parse(creole.getBytes(StandardCharsets.UTF_8), "Notes");

        assertThat(doc.title()).isEqualTo("Widget notes");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Requirements"));
        assertThat(doc.sections().getFirst().text()).isEqualTo(
                "Widget runs on **Linux** and *macOS*. See the configuration guide and [the site](https://example.com).");
        assertThat(doc.sections().get(1).text()).contains(
                "- Java 21 or newer\n  - Temurin works\n\n1. Download the archive\n\nRun `widget --init` then `**kwargs`. Line break.",
                "```\nserver:\n  port: 8080\n}}}\n```",
                "| System | Status |\n|---|---|\n| Linux | supported |\n| Windows | see notes |",
                "The logo");
    }

    @Test
    void aParagraphOfMarkupThatNothingClosesIsReadAsWritten() throws Exception {
        String paragraph = "Set **a and {{{c and [[d and {{e and ".repeat(5_000).strip();

        ParsedDocument doc = new CreoleParser().parse(("== Usage\n" + paragraph + "\n").getBytes(StandardCharsets.UTF_8), "Page");

        assertThat(doc.sections().getFirst().text()).startsWith("Set **a and {{{c and [[d and {{e and Set");
    }
}
