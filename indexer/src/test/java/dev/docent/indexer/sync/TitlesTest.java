package dev.docent.indexer.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void aFileNameReadsAsWords() {
        assertThat(Titles.fromId("guides/getting-started.md")).isEqualTo("Getting started");
        assertThat(Titles.fromId("api/rate_limits.html")).isEqualTo("Rate limits");
    }

    @Test
    void notionsPageIdIsNoPartOfTheName() {
        assertThat(Titles.fromId("Support KB 0a1b2c3d4e5f60718293a4b5c6d7e8f9/Resetting a password 1f2e3d4c5b6a47988796a5b4c3d2e1f0.md"))
                .isEqualTo("Resetting a password");
        assertThat(Titles.fromId("checksums/sha 1f2e3d4c5b6a47988796a5b4c3d2e1f0x.md")).as("not an id: 33 characters")
                .isEqualTo("Sha 1f2e3d4c5b6a47988796a5b4c3d2e1f0x");
    }
}
