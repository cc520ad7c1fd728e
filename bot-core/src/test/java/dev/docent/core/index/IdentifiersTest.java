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
    void aNameIsTheSameWithOrWithoutWhatQualifiesItButNotByItsLastPartAlone() {
        assertThat(Identifiers.names("What does util.promisify do with --max-warnings?")).containsExactly("util.promisify", "max-warnings");
        assertThat(Identifiers.sameName("util.promisify", "promisify")).isTrue();
        assertThat(Identifiers.sameName("ecmaversion", "parseroptions.ecmaversion")).isTrue();
        assertThat(Identifiers.sameName("linter#verify", "linter.verify")).isTrue();
        assertThat(Identifiers.sameName("require.resolve", "import.meta.resolve")).isFalse();
        assertThat(Identifiers.sameName("mkdir", "rmdir")).isFalse();
    }

    @Test
    void camelAndSnakeCaseNamesCountButPlainWordsDoNot() {
        assertThat(Identifiers.of("set varsIgnorePattern and max_len in the config file"))
                .containsExactlyInAnyOrder("varsignorepattern", "max_len", "maxlen");
    }

    @Test
    void errorWarningAndRuleCodesAreNamesButYearsAndShortNumbersAreNot() {
        assertThat(Identifiers.of("I get FSTDEP012 and TS2345 in my logs, and MD013 flags line 12"))
                .containsExactly("fstdep012", "ts2345", "md013");
        assertThat(Identifiers.of("Since ES2015 and HTTP2 we use UTF8")).isEmpty();
    }

    @Test
    void snakeAndCamelCaseSpellingsOfANameMeet() {
        assertThat(Identifiers.of("page.set_input_files fails")).contains("page.setinputfiles", "setinputfiles");
        assertThat(Identifiers.of("## async method: Page.setInputFiles")).contains("page.setinputfiles", "setinputfiles");
        assertThat(Identifiers.of("MAX_RETRIES")).containsExactly("max_retries", "maxretries");
    }

    @Test
    void namesTheLanguageReservesAreNamesWithoutBackticksButEmphasisIsNot() {
        assertThat(Identifiers.of("ReferenceError: __dirname is not defined in __init__.py, I _really_ tried"))
                .containsExactly("referenceerror", "__dirname", "__init__.py", "__init__", "py");
    }

    @Test
    void kebabCaseStaysAsWritten() {
        assertThat(Identifiers.of("--max-warnings")).containsExactly("max-warnings");
    }

    @Test
    void aShortFlagKeepsItsDashAndALoneLetterIsNoName() {
        assertThat(Identifiers.of("What does pytest -x do? Try `-k` or -rA, not x - y or -1.")).containsExactly("-k", "-x", "-ra");
    }

    @Test
    void theJoinedSpellingsComeAfterEveryNameAsWritten() {
        assertThat(Identifiers.of("`ignoreUrls` and max_len or no-console")).containsExactly("ignoreurls", "max_len", "no-console", "maxlen");
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
