package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingCorrectionTest {

    @Test
    void aMistypedWordIsSearchedAsTheDocsSpellIt() {
        SearchQuery query = SearchQuery.of("minimum pasword length?");

        SearchQuery corrected = SpellingCorrection.corrected(query, List.of(misspelling(query, "pasword", "password", 0.86, 25)));

        assertThat(corrected.text()).isEqualTo("minimum password length?");
        assertThat(corrected.terms()).contains("password");
    }

    @Test
    void everyMistypedWordIsCorrectedInPlace() {
        SearchQuery query = SearchQuery.of("exprot the pasword list");

        SearchQuery corrected = SpellingCorrection.corrected(query, List.of(
                misspelling(query, "exprot", "export", 0.83, 36), misspelling(query, "pasword", "password", 0.86, 25)));

        assertThat(corrected.text()).isEqualTo("export the password list");
    }

    @Test
    void aCommonWordTheDocsDoNotUseIsNotATypo() {
        SearchQuery query = SearchQuery.of("the signature check fails even though the secret is right");

        assertThat(SpellingCorrection.corrected(query, List.of(misspelling(query, "though", "through", 0.83, 23))))
                .isSameAs(query);
    }

    @Test
    void anotherFormOfAWordTheDocsUseIsNoTypo() {
        SearchQuery query = SearchQuery.of("how long until people have to re-authenticate through SSO");

        assertThat(SpellingCorrection.corrected(query, List.of(misspelling(query, "authenticate", "authenticated", 0.92, 12))))
                .isSameAs(query);
    }

    @Test
    void aWordTwoLettersAwayOrInFewPassagesIsNoCorrection() {
        SearchQuery query = SearchQuery.of("how do I confgure the tokn");

        assertThat(SpellingCorrection.corrected(query, List.of(
                misspelling(query, "confgure", "configured", 0.71, 40),
                misspelling(query, "tokn", "token", 0.8, 2)))).isSameAs(query);
    }

    private static Misspelling misspelling(SearchQuery query, String word, String correction, double similarity, long pages) {
        return new Misspelling(query.text().indexOf(word), word.length(), word, correction, similarity, pages);
    }
}
