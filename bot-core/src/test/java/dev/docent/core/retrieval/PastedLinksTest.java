package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PastedLinksTest {

    @Test
    void aScreenshotSaysNothingAndIsLeftOut() {
        String report = "The folder structure <img width=\"278\" alt=\"image\""
                + " src=\"https://github.com/import-js/eslint-plugin-import/assets/8055157/aee6f292-449b-4754-b31b-c86818865032\">"
                + " I need to prevent imports ![Screenshot 2024-01-02](https://github.com/user-attachments/assets/ac213d97-0953-4e0d)";

        assertThat(PastedLinks.reduced(report)).doesNotContain("eslint-plugin-import", "img", "Screenshot", "assets")
                .contains("The folder structure", "I need to prevent imports");
    }

    @Test
    void aLinkToAPageSaysThePageAndTheSection() {
        assertThat(PastedLinks.reduced("As https://github.com/org/repo/blob/main/docs/rules/order.md#newlines-between says."))
                .isEqualTo("As order newlines-between says.");
        assertThat(PastedLinks.reduced("Read [the guide](https://eslint.org/docs/latest/use/getting-started/) first"))
                .isEqualTo("Read [the guide](getting-started) first");
    }

    @Test
    void hostsIdsHashesAndLineAnchorsSayNothing() {
        assertThat(PastedLinks.wordsOf("https://ava.li")).isEmpty();
        assertThat(PastedLinks.wordsOf("https://github.com/org/repo/issues/1234#issuecomment-5678")).isEmpty();
        assertThat(PastedLinks.wordsOf("https://github.com/org/repo/commit/055201e32072de18250603f64befd5e292c2b7bc")).isEmpty();
        assertThat(PastedLinks.wordsOf("https://github.com/org/repo/blob/e156316/src/rules/order.js#L1-L20")).isEqualTo("order.js");
        assertThat(PastedLinks.wordsOf("https://example.com/docs/index.html")).isEmpty();
    }

    @Test
    void aSentenceEndingInALinkKeepsItsFullStop() {
        assertThat(PastedLinks.reduced("See https://example.com/docs/deployment.")).isEqualTo("See deployment.");
    }

    @Test
    void textWithoutLinksIsReturnedAsItIs() {
        String question = "How do I set up single sign-on for my team?";

        assertThat(PastedLinks.reduced(question)).isSameAs(question);
    }
}
