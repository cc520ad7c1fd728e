package dev.docent.indexer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocutilsIdsTest {

    private final DocutilsIds ids = new DocutilsIds();

    @Test
    void aTitlesIdIsItsLowercaseWordsJoinedByHyphens() {
        assertThat(ids.next("pytest.fail")).isEqualTo("pytest-fail");
        assertThat(ids.next("`AWS_ACCESS_KEY_ID`")).isEqualTo("aws-access-key-id");
        assertThat(ids.next("Test running (runtest) hooks")).isEqualTo("test-running-runtest-hooks");
        assertThat(ids.next("Écrire des tests")).isEqualTo("ecrire-des-tests");
    }

    @Test
    void digitsAndHyphensInFrontGo() {
        assertThat(ids.next("1. Command line options")).isEqualTo("command-line-options");
        assertThat(ids.next("3.0.0 release")).isEqualTo("release");
    }

    @Test
    void aTakenIdOrNoneAtAllIsNumbered() {
        assertThat(ids.next("Usage")).isEqualTo("usage");
        assertThat(ids.next("Usage")).isEqualTo("id1");
        assertThat(ids.next("使用方法")).isEqualTo("id2");
    }
}
