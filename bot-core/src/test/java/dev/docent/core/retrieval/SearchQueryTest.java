package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void aLeadingTagSaysWhatKindOfMessageItIsAndIsNotSearched() {
        assertThat(SearchQuery.of("[BUG] Bug: crash when saving").text()).isEqualTo("crash when saving");
        assertThat(SearchQuery.of("Feature request: allow underscores").text()).isEqualTo("allow underscores");
    }

    @Test
    void anEmojiThatLeadsAnIssuesTitleIsNoPartOfIt() {
        assertThat(SearchQuery.of("🐛 BUG: Astro glob doesn't work").text()).isEqualTo("Astro glob doesn't work");
        assertThat(SearchQuery.asksForChange("✨ Add `directoryAsNamespace` option\nI migrated my app.")).isTrue();
        assertThat(SearchQuery.subjectLine("⚠️ Issue. The redirect does not work?\nDetails.")).isEqualTo("Issue. The redirect does not work?");
    }

    @Test
    void aPastedLogIsSearchedWithItsLineMarkerOnce() {
        SearchQuery query = SearchQuery.of("npm install fails\nnpm ERR! code ERESOLVE\nnpm ERR! unable to resolve\nnpm ERR! retry with --force");

        assertThat(query.text()).isEqualTo("npm install fails\nnpm ERR! code ERESOLVE\nunable to resolve\nretry with --force");
    }

    @Test
    void anIssueFormsChecklistIsNotSearchedWhileTheReleaseItNamesIsKept() {
        SearchQuery query = SearchQuery.of("querystring with property of type number fails\n### Prerequisites - [X] I have searched"
                + " existing issues to ensure the bug has not already been reported ### Fastify version 4.27.0 ### Description"
                + " A querystring property of type number fails validation");

        assertThat(query.text()).doesNotContain("searched", "Fastify version").contains("type number fails validation");
        assertThat(query.terms()).doesNotContain("search", "report");
        assertThat(query.releases()).extracting(Release::toString).isNotEmpty();
    }

    @Test
    void theFirstLineOfAnIssueShapedMessageIsItsSubject() {
        SearchQuery query = SearchQuery.of("Proposal: ignore imports in max-len\nImports are long. Here is my config: {...}");

        assertThat(query.subject()).hasValue("ignore imports in max-len");
        assertThat(query.identifiers()).contains("max-len");
    }

    @Test
    void aLongOneLineMessageHasItsFirstSentenceAsSubject() {
        String text = "The cache file ends up in the project root. " + "I tried several options and nothing moved it. ".repeat(6);

        assertThat(SearchQuery.of(text).subject()).hasValue("The cache file ends up in the project root.");
    }

    @Test
    void aShortQuestionIsItsOwnSubject() {
        SearchQuery query = SearchQuery.of("How do I set up single sign-on?");

        assertThat(query.subject()).isEmpty();
        assertThat(query.subjectOrText()).isEqualTo("How do I set up single sign-on?");
    }

    @Test
    void theSubjectLineIsReadWithoutItsTagAndIsTheWholeOfAShortQuestion() {
        assertThat(SearchQuery.subjectLine("[BUG] http.Agent leaks sockets\nWith keepAlive on, ...")).isEqualTo("http.Agent leaks sockets");
        assertThat(SearchQuery.subjectLine("Bug: runserver crashes on Windows")).isEqualTo("runserver crashes on Windows");
        assertThat(SearchQuery.subjectLine("How do I set up single sign-on?")).isEqualTo("How do I set up single sign-on?");
    }

    @Test
    void aFirstLineInTheImperativeOfAnIssueTitleAsksForAChange() {
        assertThat(SearchQuery.asksForChange("Support multiple parsers for different rules\nI've got an Angular project ..."))
                .isTrue();
        assertThat(SearchQuery.asksForChange("[no-unused-vars] : Add annotation to ignore exports")).isTrue();
        assertThat(SearchQuery.asksForChange("Feature request: allow underscore to mark as unused")).isTrue();
        assertThat(SearchQuery.asksForChange("Please provide a webhook for deleted submissions")).isTrue();

        assertThat(SearchQuery.asksForChange("Add a logo to my form?")).isFalse();
        assertThat(SearchQuery.asksForChange("How do I add a logo to my form?")).isFalse();
        assertThat(SearchQuery.asksForChange("enable SSO for my team")).isFalse();
        assertThat(SearchQuery.asksForChange("Make a form public")).isFalse();
        assertThat(SearchQuery.asksForChange("Additional fields are not saved\nAdd a field, save, reload: it is gone.")).isFalse();
        assertThat(SearchQuery.asksForChange("Support")).isFalse();
    }

    @Test
    void aRequestsTagFilesAMessageAsARequest() {
        assertThat(SearchQuery.taggedAsRequest("Enhancement: [no-explicit-any] Option to disable rule for generic constraints")).isTrue();
        assertThat(SearchQuery.taggedAsRequest("[Feature] npm workspaces --parallel")).isTrue();
        assertThat(SearchQuery.taggedAsRequest("[RRFC] npm audit exclusions")).isTrue();
        assertThat(SearchQuery.taggedAsRequest("New Rule: max-functions-per-file")).isTrue();
        assertThat(SearchQuery.taggedAsRequest("Rule Change: camelcase allow snake when chaining")).isTrue();
        assertThat(SearchQuery.taggedAsRequest("[BUG] workspace scripts should run in order")).isFalse();
        assertThat(SearchQuery.taggedAsRequest("[no-magic-numbers] Computed constant values")).isFalse();
        assertThat(SearchQuery.taggedAsRequest("Feature flags: how do I turn one on?")).isFalse();
    }

    @Test
    void aQuestionsTagFilesAMessageAsAQuestion() {
        assertThat(SearchQuery.taggedAsQuestion("[Question] How to wait for a download?")).isTrue();
        assertThat(SearchQuery.taggedAsQuestion("Question: can the pool be shared?")).isTrue();
        assertThat(SearchQuery.taggedAsQuestion("[help] tests hang on CI")).isTrue();
        assertThat(SearchQuery.taggedAsQuestion("[BUG] tests hang on CI")).isFalse();
        assertThat(SearchQuery.taggedAsQuestion("Questions about billing")).isFalse();
    }

    @Test
    void aShortWhatIsOrWhatDoesQuestionAsksWhatSomethingIs() {
        assertThat(SearchQuery.of("what does the no-unused-vars rule do?").asksWhatItIs()).isTrue();
        assertThat(SearchQuery.of("What's `--cache` for").asksWhatItIs()).isTrue();
        assertThat(SearchQuery.of("How does flat config work?").asksWhatItIs()).isTrue();
        assertThat(SearchQuery.of("[Question] Explain toHaveScreenshot").asksWhatItIs()).isTrue();

        assertThat(SearchQuery.of("How do I ignore a folder?").asksWhatItIs()).isFalse();
        assertThat(SearchQuery.of("What is the best way to share a config between projects?").asksWhatItIs()).isFalse();
        assertThat(SearchQuery.of("What does this error mean\nTypeError: x is undefined").asksWhatItIs()).isFalse();
    }

    @Test
    void identifiersKeepTheOrderTheQuestionNamesThemSoEveryRunSendsTheSameSearch() {
        SearchQuery query = SearchQuery.of("Running `eslint --no-eslintrc --config my-config.js --ignore-pattern dist "
                + "--max-warnings 0 --fix-dry-run` ignores .eslintrc-foo.js");

        assertThat(query.identifiers()).startsWith("no-eslintrc", "config", "my-config.js", "my-config", "js",
                "ignore-pattern", "max-warnings", "fix-dry-run");
    }

    @Test
    void theLanguageAQuestionNamesIsKept() {
        assertThat(SearchQuery.of("How do I upload a file in Python?").languages()).containsExactly("python");
        assertThat(SearchQuery.of("How do I go about uploading files?").languages()).isEmpty();
    }
}
