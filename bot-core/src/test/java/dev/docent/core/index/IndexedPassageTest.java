package dev.docent.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexedPassageTest {

    @Test
    void theHeadingIdentifiersAreTheNamesTheHeadingsDefineNotThoseTheTextMentions() {
        IndexedPassage passage = IndexedPassage.of("docs", "cli.md", 3, "Command line", List.of("Options", "`--retries`"),
                "With `--retries 2` and `--workers 4` a failing test runs three times.", "https://docs.example/cli",
                "hash", null);

        assertThat(passage.headingIdentifiers()).isEqualTo("retries");
        assertThat(passage.identifiers().split(" ")).contains("retries", "workers");
    }

    @Test
    void aSectionWithPlainHeadingsDefinesNoName() {
        IndexedPassage passage = IndexedPassage.of("docs", "guide.md", 0, "Guide", List.of("Getting started"),
                "Call `page.goto` first.", "https://docs.example/guide", "hash", null);

        assertThat(passage.headingIdentifiers()).isEmpty();
    }
}
