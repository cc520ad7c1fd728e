package dev.docent.indexer.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceTailTest {

    @Test
    void aStopAfterAnAbbreviationOrBeforeALowerCaseWordEndsNoSentence() {
        String text = "Let's figure it out. Its second parent (i.e. foreign commit I merged from) has the change. Done.";

        assertThat(SentenceTail.of(text, 60)).isEqualTo("Done.");
        assertThat(SentenceTail.of(text, 80)).isEqualTo("Its second parent (i.e. foreign commit I merged from) has the change. Done.");
        assertThat(SentenceTail.of("Pick a tool. Use one, e.g. Maven. Run it.", 20)).isEqualTo("Run it.");
        assertThat(SentenceTail.of("Pick a tool. Use one, e.g. Maven. Run it.", 30)).isEqualTo("Use one, e.g. Maven. Run it.");
    }
}
