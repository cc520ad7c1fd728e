package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnclosedAngleBracketsTest {

    @Test
    void aPageWhoseBracketsCloseOrEndWithTheirParagraphIsParsedAsWritten() {
        String comparisons = "When a < b, the rule reports it.\n\n".repeat(5_000);
        String generics = "A `List<String>` holds <code>Vec<T></code> items; see <https://example.com>.\n".repeat(5_000);

        assertThat(UnclosedAngleBrackets.forParsing(comparisons)).isSameAs(comparisons);
        assertThat(UnclosedAngleBrackets.forParsing(generics)).isSameAs(generics);
    }

    @Test
    void aParagraphOfManyUnclosedBracketsHasThemEscapedForTheParser() {
        String paragraph = "when a < b and Vec<T ".repeat(2_000);

        String parsed = UnclosedAngleBrackets.forParsing(paragraph);

        String closeToTheEnd = paragraph.substring(paragraph.length() - UnclosedAngleBrackets.REACH);
        assertThat(parsed.replace("\\<", "<")).isEqualTo(paragraph);
        assertThat(parsed).startsWith("when a \\< b and Vec\\<T when a \\< b").endsWith(closeToTheEnd);
        long escaped = brackets(parsed) - brackets(parsed.replace("\\<", ""));
        assertThat(escaped).isEqualTo(brackets(paragraph) - brackets(closeToTheEnd));
    }

    private static long brackets(String text) {
        return text.chars().filter(c -> c == '<').count();
    }

    @Test
    void bracketsThatCloseSoonOrMayOpenAnHtmlBlockOrAreEscapedAlreadyAreLeftAsTheyAre() {
        String page = "<!-- " + "note ".repeat(100) + "-->\n\n"
                + "> <details " + "x".repeat(300) + ">\n\n"
                + "Read <https://example.com/guide> and \\< first; " + "a < b ".repeat(2_000) + "\n";

        String parsed = UnclosedAngleBrackets.forParsing(page);

        assertThat(parsed)
                .startsWith("<!-- note")
                .contains("> <details x", "Read <https://example.com/guide> and \\< first; a \\< b a \\< b")
                .doesNotContain("\\\\<");
    }
}
