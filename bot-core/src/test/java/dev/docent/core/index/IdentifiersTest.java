package dev.docent.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void ruleNamesFlagsAndOptionPathsStayWholeAndDottedNamesAlsoGiveTheirParts() {
        assertThat(Identifiers.of("Why does no-unused-vars ignore --max-warnings and parserOptions.ecmaVersion?"))
                .contains("no-unused-vars", "max-warnings", "parseroptions.ecmaversion", "parseroptions", "ecmaversion");
        assertThat(Identifiers.of("Use page.setInputFiles() here")).contains("page.setinputfiles", "page", "setinputfiles");
    }

    @Test
    void camelAndSnakeCaseNamesCountButPlainWordsDoNot() {
        assertThat(Identifiers.of("set varsIgnorePattern and max_len in the config file"))
                .containsExactlyInAnyOrder("varsignorepattern", "max_len");
    }

    @Test
    void anythingInBackticksIsAName() {
        assertThat(Identifiers.of("the `ignores` key")).containsExactly("ignores");
    }

    @Test
    void aBacktickedPhraseIsQuotedTextNotAName() {
        assertThat(Identifiers.of("it says `used before it was defined` for functions")).isEmpty();
    }

    @Test
    void linksAbbreviationsAndNumbersAreNotNames() {
        assertThat(Identifiers.of("see https://example.com/docs, e.g. in 1.2.3")).isEmpty();
    }

    @Test
    void theFieldTextIsLowercaseTermsSeparatedBySpaces() {
        assertThat(Identifiers.asFieldText("`Foo.Bar`")).isEqualTo("foo.bar foo bar");
    }
}
