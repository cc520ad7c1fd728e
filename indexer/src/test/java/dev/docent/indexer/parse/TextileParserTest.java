package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextileParserTest {

    @Test
    void aTextilePageReadsAsItRenders() throws Exception {
        String textile = """
                h1(#top). Widget guide

                p. Widget runs on *Linux* and _macOS_. See "the configuration guide":https://example.com/config, \
                [[Using SSH Keys]] and use @widget --init@.

                h2{color:red}. Requirements

                * Java 21 or newer
                ** Temurin works
                # Download the archive
                After the list.

                bc. docker run -p 8080:8080 widget

                bc.. server:
                  port: 8080

                  debug: true

                p. After the block.

                bq. Widget is fast.

                |_. Variable |_. Meaning |
                |^. <code>:user</code> | The SSH user. |
                |^. <code>:local_repository</code> | The local URL: <pre>set :repository, "file:///svn"
                set :local_repository, "svn+ssh://host/svn"</pre> |

                !logo.png(The logo)! ??Widget Handbook?? and %{color:red}red text%.
                """;

        ParsedDocument doc = new TextileParser().parse(textile.getBytes(StandardCharsets.UTF_8), "Guide");

        assertThat(doc.title()).isEqualTo("Widget guide");
        assertThat(doc.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Requirements"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("Widget runs on **Linux** and *macOS*. See "
                + "[the configuration guide](https://example.com/config), Using SSH Keys and use `widget --init`.");
        assertThat(doc.sections().get(1).text()).contains(
                "- Java 21 or newer\n  - Temurin works\n\n1. Download the archive\n\nAfter the list.",
                "```\ndocker run -p 8080:8080 widget\n```",
                "```\nserver:\n  port: 8080\n\n  debug: true\n```\n\nAfter the block.",
                "Widget is fast.",
                "| Variable | Meaning |\n|---|---|\n| `:user` | The SSH user. |\n"
                        + "| `:local_repository` | The local URL: `set :repository, \"file:///svn\" set :local_repository, \"svn+ssh://host/svn\"` |",
                "Widget Handbook and red text.");
        assertThat(doc.sections().toString()).doesNotContain("logo", "color", "h2", "bc.", "^.", "_.", "@");
    }

    @Test
    void aParagraphOfMarkupThatNothingClosesIsReadAsWritten() throws Exception {
        String paragraph = "Set [[c and <code>d and \"e\": and |f and ".repeat(5_000).strip();

        ParsedDocument doc = new TextileParser().parse(("h2. Usage\n\n" + paragraph + "\n").getBytes(StandardCharsets.UTF_8), "Page");

        assertThat(doc.sections().getFirst().text()).isEqualTo(paragraph);
    }

    @Test
    void aBlockWithThousandsOfAttributesIsReadOnAWorkersStack() throws Exception {
        String textile = "h2. Usage\n\np" + "()".repeat(20_000) + ". Still read.\n";

        assertThat(SmallStack.run(() -> new TextileParser().parse(textile.getBytes(StandardCharsets.UTF_8), "page").sections().getFirst().text()))
                .contains("Still read.");
    }
}
