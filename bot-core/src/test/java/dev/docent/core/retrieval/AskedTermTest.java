package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AskedTermTest {

    @Test
    void aShortQuestionThatAsksWhatATermIsNamesIt() {
        assertThat(AskedTerm.of(SearchQuery.of("What does the GIL do?"))).contains("gil");
        assertThat(AskedTerm.of(SearchQuery.of("what is a keyword argument"))).contains("keyword argument");
        assertThat(AskedTerm.of(SearchQuery.of("What does `CORS` mean?"))).contains("cors");
        assertThat(AskedTerm.of(SearchQuery.of("What's an MRO?"))).contains("mro");
    }

    @Test
    void otherQuestionsAndIssuesAskNoTerm() {
        assertThat(AskedTerm.of(SearchQuery.of("How do I reset my password?"))).isEmpty();
        assertThat(AskedTerm.of(SearchQuery.of("What is the best way to share a config between projects when "
                + "each of them has its own plugins and parser settings and we run them in one repository?"))).isEmpty();
        assertThat(AskedTerm.of(SearchQuery.of("What does ignores do?\nI set ignores in my config but the files "
                + "are still linted: ```js export default [{ ignores: ['dist/'] }] ```"))).isEmpty();
    }

    @Test
    void aHeadingNamesTheTermByItsNameOrAnotherNameInParentheses() {
        assertThat(AskedTerm.heads("global interpreter lock (GIL)", "gil")).isTrue();
        assertThat(AskedTerm.heads("argument (keyword argument, positional argument)", "keyword argument")).isTrue();
        assertThat(AskedTerm.heads("`Workspace`", "workspaces")).isTrue();
        assertThat(AskedTerm.heads("Workspace settings", "workspace")).isFalse();
    }
}
