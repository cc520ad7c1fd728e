package dev.docent.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTermsTest {

    @Test
    void wordsAreStemmedAndStopWordsDropped() {
        assertThat(EnglishTerms.of("Resetting the passwords")).containsExactly("reset", "password");
    }

    @Test
    void aTasksPhrasingsReadAsOneTerm() {
        assertThat(EnglishTerms.of("How do I turn on SSO?")).isEqualTo(EnglishTerms.of("How do I enable SSO?"));
        assertThat(EnglishTerms.of("Just-in-time provisioning switched on")).contains("enabl");
        assertThat(EnglishTerms.of("turning it off")).containsExactly("disabl");
        assertThat(EnglishTerms.of("Switched off automatically")).containsExactly("disabl", "automat");
        assertThat(EnglishTerms.of("set up single sign-on")).containsExactly("configur", "singl", "login");
        assertThat(EnglishTerms.of("signed in members")).containsExactly("login", "member");
    }

    @Test
    void theParticlesThePhrasesNeedAreStillStopWordsElsewhere() {
        assertThat(EnglishTerms.of("Depends on the plan in use")).containsExactly("depend", "plan", "us");
        assertThat(EnglishTerms.of("Turn the page")).containsExactly("turn", "page");
        assertThat(EnglishTerms.of("read many files into one dataframe")).containsExactly("read", "mani", "file", "on", "datafram");
    }
}
