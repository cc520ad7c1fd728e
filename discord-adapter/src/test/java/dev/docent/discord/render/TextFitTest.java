package dev.docent.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFitTest {

    @Test
    void textThatFitsIsLeftAlone() {
        assertThat(TextFit.fit("Short. [1]", 100)).isEqualTo("Short. [1]");
    }

    @Test
    void aCutEndsRightAfterACitationWhenOneIsNearTheLimit() {
        String text = "First sentence here. [1] Second sentence is long enough to be cut somewhere. [2]";

        String cut = TextFit.fit(text, 50, "...");

        assertThat(cut).isEqualTo("First sentence here. [1]...");
    }

    @Test
    void aCitationMarkerIsNeverCutInHalf() {
        String text = "x".repeat(40) + "[12345]" + "y".repeat(40);

        for (int limit = 10; limit < text.length(); limit++) {
            String cut = TextFit.fit(text, limit, "~");
            assertThat(cut.length()).isLessThanOrEqualTo(limit);
            assertThat(cut).doesNotContainPattern("\\[\\d*~$");
        }
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "a" + "\uD83D\uDE00".repeat(20);

        String cut = TextFit.fit(text, 10, "");

        assertThat(cut).isEqualTo("a" + "\uD83D\uDE00".repeat(4));
    }

    @Test
    void aMarkerLongerThanTheLimitIsItselfCut() {
        assertThat(TextFit.fit("abcdef", 3, "12345")).isEqualTo("123");
    }
}
