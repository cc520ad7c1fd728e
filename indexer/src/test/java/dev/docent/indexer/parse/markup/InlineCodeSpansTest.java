package dev.docent.indexer.parse.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InlineCodeSpansTest {

    @Test
    void aRunOfBackticksOpensASpanThatTheNextRunOfTheSameLengthCloses() {
        String text = "a `b` c ``d ` e`` f";
        InlineCodeSpans spans = InlineCodeSpans.of(text);

        assertThat(IntStream.range(0, text.length()).filter(spans::covers).mapToObj(i -> String.valueOf(text.charAt(i))))
                .containsExactly("`", "b", "`", "`", "`", "d", " ", "`", " ", "e", "`", "`");
    }

    @Test
    void aRunNothingClosesIsABacktickAsWritten() {
        String text = "a ` b ``c`` d";
        InlineCodeSpans spans = InlineCodeSpans.of(text);

        assertThat(spans.covers(text.indexOf('`'))).isFalse();
        assertThat(spans.covers(text.indexOf('b'))).isFalse();
        assertThat(spans.covers(text.indexOf('c'))).isTrue();
        assertThat(spans.covers(text.indexOf('d'))).isFalse();
    }

    @Test
    void aBlankLineEndsTheParagraphThatASpanMustCloseIn() {
        String text = "a `b\n\n c` d `e\n f";
        InlineCodeSpans spans = InlineCodeSpans.of(text);

        assertThat(spans.covers(text.indexOf('b'))).isFalse();
        assertThat(spans.covers(text.indexOf('c'))).isFalse();
        assertThat(spans.covers(text.indexOf('d'))).isTrue();
        assertThat(spans.covers(text.indexOf('f'))).isFalse();
    }

    @Test
    void unpairedRunsOfEveryLengthAreFoundInOnePass() {
        StringBuilder text = new StringBuilder();
        for (int length = 1; length <= 2_000; length++) {
            text.append("`".repeat(length)).append(" word ");
        }
        InlineCodeSpans spans = InlineCodeSpans.of(text.toString());

        assertThat(spans.covers(text.indexOf("word"))).isFalse();
        assertThat(spans.covers(text.length() - 2)).isFalse();
    }
}
