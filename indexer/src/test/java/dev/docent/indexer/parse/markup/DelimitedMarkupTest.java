package dev.docent.indexer.parse.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DelimitedMarkupTest {

    private final DelimitedMarkup comment = DelimitedMarkup.of(Pattern.compile("<!--.*?-->", Pattern.DOTALL), "-->");

    @Test
    void markupIsReplacedUpToTheLastCloserAndOpenersAfterItStayAsWritten() {
        String text = "a <!-- one --> b <!-- two\nlines --> c <!-- never closed d <!-- nor this";

        assertThat(comment.replaceAll(text, "~")).isEqualTo("a ~ b ~ c <!-- never closed d <!-- nor this");
    }

    @Test
    void aTextWithoutACloserIsLeftAsItIs() {
        String text = "<!-- open ".repeat(1_000);

        assertThat(comment.replaceAll(text, "~")).isSameAs(text);
    }

    @Test
    void aCloserThatTakesTheCharacterAfterItLeavesItToThePatternsLookahead() {
        DelimitedMarkup bracketNotFollowedByParen = DelimitedMarkup.of(Pattern.compile("\\[(\\w+)](?!\\()"), "](?s:.)?");

        assertThat(bracketNotFollowedByParen.replaceAll("[a] [b](x) [c](", m -> m.group(1))).isEqualTo("a [b](x) [c](");
        assertThat(bracketNotFollowedByParen.replaceAll("[a] [b] [c", m -> m.group(1))).isEqualTo("a b [c");
    }
}
