package dev.docent.core.generation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void aQuestionMarkInsideEmphasisDoesNotEndTheSentence() {
        assertThat(Sentences.of("1. Go to the sign-in page (or click **Forgot password?** on it)."))
                .containsExactly("1. Go to the sign-in page (or click **Forgot password?** on it).");
    }

    @Test
    void aStrongPairKeepsBothItsMarksBesideALiteralAsterisk() {
        assertThat(Sentences.of("**Answer:** See Why is Task.delay/apply*/the worker just hanging?."))
                .containsExactly("**Answer:** See Why is Task.delay/apply*/the worker just hanging?.");
    }

    @Test
    void aStopInsideInlineCodeDoesNotEndTheSentence() {
        assertThat(Sentences.of("If a `set(... CACHE ...)` call does not use `FORCE`, the argument wins. Order does not matter."))
                .containsExactly("If a `set(... CACHE ...)` call does not use `FORCE`, the argument wins. ", "Order does not matter.");
    }

    @Test
    void aSpanOfCodeThatHoldsABacktickIsClosedByItsOwnRun() {
        assertThat(Sentences.of("Escape it as `` ` `` in a role. Then build again."))
                .containsExactly("Escape it as `` ` `` in a role. ", "Then build again.");
    }

    @Test
    void anExclamationInsideAQuotationOrBeforeAnEllipsisDoesNotEndTheSentence() {
        assertThat(Sentences.of("When the message begins with \"squash! …\" (or \"fixup! …\"), the commit moves. It is then squashed."))
                .containsExactly("When the message begins with \"squash! …\" (or \"fixup! …\"), the commit moves. ", "It is then squashed.");
        assertThat(Sentences.of("Type wait! … and go on. Done."))
                .containsExactly("Type wait! … and go on. ", "Done.");
    }

    @Test
    void anAbbreviationOrAnOpenParenthesisDoesNotEndTheSentence() {
        assertThat(Sentences.of("A path at which a named item is exported (e.g. `std::collections::HashMap`). It has segments."))
                .containsExactly("A path at which a named item is exported (e.g. `std::collections::HashMap`). ", "It has segments.");
        assertThat(Sentences.of("Pick a format, e.g. JSON or YAML. Both work."))
                .containsExactly("Pick a format, e.g. JSON or YAML. ", "Both work.");
        assertThat(Sentences.of("Set a timeout (in seconds. Zero waits forever) first."))
                .containsExactly("Set a timeout (in seconds. Zero waits forever) first.");
    }

    @Test
    void realSentencesAreStillSplit() {
        assertThat(Sentences.of("Is SSO included? Yes, on Business. It needs SAML 2.0!"))
                .containsExactly("Is SSO included? ", "Yes, on Business. ", "It needs SAML 2.0!");
    }
}
