package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaWikiParserTest {

    @Test
    void aWikiPageReadsAsTheWikiShowsIt() throws Exception {
        String wiki = """
                {{Infobox software
                | name = Widget
                | latest = {{Version|2.1}}
                }}
                __TOC__
                '''Widget''' runs on ''Linux''.<ref>See the release notes.</ref> Read [[Configuration|the configuration guide]] and [[FAQ]].
                [[File:Logo.png|thumb|The logo, see [[Logo|its page]]]]
                [[CC_BY-SA.png|link=http://creativecommons.org/licenses/by-sa/3.0/]]

                == Requirements ==
                * Java 21 or newer
                ** Temurin works
                # Download the archive
                # Run <code>widget --init</code>
                ; Port : 8080 by default
                After the list.

                === On Docker ===
                Run the image:
                    docker run -p 8080:8080 widget
                    docker logs widget

                <syntaxhighlight lang="yaml">
                server:
                  port: {{ .Values.port }}
                </syntaxhighlight>

                {| class="wikitable"
                |+ Supported systems
                |-
                ! System !! Status
                |-
                | Linux || supported
                |-
                | style="color:red" | Windows
                | not supported, see [[Windows support|notes]]
                |}
                <!-- a note for editors -->
                See [https://example.com/download the download page].<br/>Yes.</br>
                [[Category:Setup]]
                """;

        ParsedDocument doc = new MediaWikiParser().parse(wiki.getBytes(StandardCharsets.UTF_8), "Installation");

        assertThat(doc.title()).isEqualTo("Installation");
        assertThat(doc.sections()).extracting(Section::headings)
                .containsExactly(List.of(), List.of("Requirements"), List.of("Requirements", "On Docker"));
        assertThat(doc.sections().getFirst().text()).isEqualTo("**Widget** runs on *Linux*. Read the configuration guide and FAQ.");
        assertThat(doc.sections().get(1).text()).isEqualTo("""
                - Java 21 or newer
                  - Temurin works

                1. Download the archive
                1. Run `widget --init`

                **Port**: 8080 by default

                After the list.""");
        assertThat(doc.sections().get(2).text()).contains(
                "Run the image:\n\n```\ndocker run -p 8080:8080 widget\ndocker logs widget\n```",
                "```yaml\nserver:\n  port: {{ .Values.port }}\n```",
                "Supported systems\n\n| System | Status |\n|---|---|\n| Linux | supported |\n| Windows | not supported, see notes |",
                "See [the download page](https://example.com/download). Yes.");
        assertThat(doc.sections().toString()).doesNotContain("Infobox", "Version", "TOC", "release notes", "Logo", "link=",
                "editors", "Category", "style=", "<br", "</br>");
    }

    @Test
    void aRedirectIsAnEmptyPage() throws Exception {
        ParsedDocument doc = new MediaWikiParser().parse("#REDIRECT [[Installation]]\n".getBytes(StandardCharsets.UTF_8), "Setup");

        assertThat(doc.sections()).isEmpty();
    }

    @Test
    void templatesAreLeftOutButNotBracesInCodeOrBracesNothingCloses() {
        assertThat(WikiTemplates.removed("a{{t|x={{{1}}}|{{u}}}}b")).isEqualTo("ab");
        assertThat(WikiTemplates.removed("<pre>{{ .Title }}</pre> and <code>{{x}}</code>{{gone}}"))
                .isEqualTo("<pre>{{ .Title }}</pre> and <code>{{x}}</code>");
        assertThat(WikiTemplates.removed("open {{ never closed")).isEqualTo("open {{ never closed");
    }

    @Test
    void aPageOfMarkupThatNothingClosesIsReadAsWritten() throws Exception {
        String paragraph = "Set [[c and {{d and <code>e and [http://f and ".repeat(5_000).strip();

        ParsedDocument doc = new MediaWikiParser().parse(("== Usage ==\n" + paragraph + "\n").getBytes(StandardCharsets.UTF_8), "Page");

        assertThat(doc.sections().getFirst().text()).isEqualTo(paragraph);
    }

    @Test
    void aPictureWithThousandsOfLinksInItsCaptionIsReadOnAWorkersStack() throws Exception {
        String wiki = "== Usage ==\n[[File:a.png|" + "[[b]] ".repeat(20_000) + "]] Still read.\n";

        assertThat(SmallStack.run(() -> new MediaWikiParser().parse(wiki.getBytes(StandardCharsets.UTF_8), "page").sections().getFirst().text()))
                .contains("Still read.");
    }
}
