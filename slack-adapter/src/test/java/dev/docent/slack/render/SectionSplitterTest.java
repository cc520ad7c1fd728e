package dev.docent.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {

    @Test
    void prefersParagraphsThenSentencesAndKeepsMarkersWithTheirSentence() {
        String text = "First sentence here. [1] Second sentence follows [2] [3]\n\nNew paragraph. [4]";
        assertThat(SectionSplitter.split(text, 60))
                .containsExactly("First sentence here. [1] Second sentence follows [2] [3]", "New paragraph. [4]");
        assertThat(SectionSplitter.split("Alpha beta gamma. [1] Delta epsilon zeta. [2]", 30))
                .containsExactly("Alpha beta gamma. [1]", "Delta epsilon zeta. [2]");
    }

    @Test
    void aLongTokenIsCutOutsideEntitiesAndMarkers() {
        String text = "x".repeat(27) + "&amp;" + "y".repeat(10);
        List<String> pieces = SectionSplitter.split(text, 30);
        assertThat(pieces.getFirst()).isEqualTo("x".repeat(27));
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void shortTextIsOnePiece() {
        assertThat(SectionSplitter.split("  Just this. [1] ", 3_000)).containsExactly("Just this. [1]");
    }
}
