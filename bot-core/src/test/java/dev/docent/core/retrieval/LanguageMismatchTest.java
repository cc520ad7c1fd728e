package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.index.IndexedPassage;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LanguageMismatchTest {

    private static final List<RankedPage> ENGLISH_DOCS = List.of(page("sso.md",
            "To set up single sign-on, open the settings of your team and add the metadata of your identity provider."));

    @Test
    void aQuestionInAnotherLanguageThanTheDocsIsToldWhichLanguageTheyAreWrittenIn() {
        assertThat(LanguageMismatch.of("Wie richte ich Single Sign-On für mein Team ein?", ENGLISH_DOCS))
                .hasValueSatisfying(mismatch -> assertThat(mismatch.note()).isEqualTo("Your question reads as German, and the "
                        + "documentation is written in English: asked in English, it may find what you need."));
    }

    @Test
    void aQuestionInTheDocsLanguageOrInNoneItSaysIsNoMismatch() {
        assertThat(LanguageMismatch.of("How do I set up single sign-on for my team?", ENGLISH_DOCS)).isEmpty();
        assertThat(LanguageMismatch.of("SSO Okta SAML", ENGLISH_DOCS)).isEmpty();
        assertThat(LanguageMismatch.of("Wie richte ich Single Sign-On ein?", List.of(page("de/sso.md",
                "Um Single Sign-On einzurichten, öffnen Sie die Einstellungen und fügen Sie die Metadaten hinzu, die der "
                        + "Anbieter für das Team ausgibt."))))
                .isEmpty();
        assertThat(LanguageMismatch.of("Wie richte ich Single Sign-On ein?", List.of())).isEmpty();
        assertThat(LanguageMismatch.of("Wie richte ich Single Sign-On ein?", List.of(ENGLISH_DOCS.getFirst(),
                page("sso-okta.md", "With Okta as your identity provider, create an application for the team in the admin "
                        + "console, then copy its metadata URL into the settings of your team and save them."),
                page("de/sso.md", "Um Single Sign-On einzurichten, öffnen Sie die Einstellungen und fügen Sie die Metadaten "
                        + "hinzu, die der Anbieter für das Team ausgibt."))))
                .as("a translated page among English ones").isEmpty();
    }

    private static RankedPage page(String documentId, String text) {
        CandidatePage page = new CandidatePage("docs", documentId, "Title", "https://docs.example/" + documentId, 1, List.of(),
                new PageFeatures(1, 0, 0, 0, 0, 0, 0.9, 0), 0.9, 0);
        IndexedPassage passage = IndexedPassage.of("docs", documentId, 0, 1, "Title", List.of(), text, "u", "h", null);
        return new RankedPage(page, 1, List.of(new RankedPassage("docs:" + documentId + "#0", passage, 1,
                OptionalInt.of(1), OptionalInt.of(1), OptionalDouble.of(0.9), true)));
    }
}
