package dev.docent.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnownWordsTest {

    @Test
    void commonWordsAreKnownInAnyCase() {
        assertThat(KnownWords.contains("though")).isTrue();
        assertThat(KnownWords.contains("Password")).isTrue();
        assertThat(KnownWords.contains("weather")).isTrue();
    }

    @Test
    void typosAreNot() {
        assertThat(KnownWords.contains("pasword")).isFalse();
        assertThat(KnownWords.contains("exprot")).isFalse();
        assertThat(KnownWords.contains("accidentaly")).isFalse();
    }

    @Test
    void aWordTheVocabularyHoldsOnlyAsTheWordItInflectsIsCommonToo() {
        assertThat(KnownWords.contains("notifications")).isFalse();
        assertThat(KnownWords.containsOrInflects("notifications")).isTrue();
        assertThat(KnownWords.containsOrInflects("deliveries")).isTrue();
        assertThat(KnownWords.containsOrInflects("kafka")).isFalse();
        assertThat(KnownWords.contains("disable")).as("held only as its forms").isFalse();
        assertThat(KnownWords.containsOrInflects("disable")).isTrue();
    }
}
