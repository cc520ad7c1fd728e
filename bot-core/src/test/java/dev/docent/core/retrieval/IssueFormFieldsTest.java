package dev.docent.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueFormFieldsTest {

    @Test
    void aFlattenedBugFormKeepsOnlyWhatTheReporterWrote() {
        String report = "### Prerequisites - [X] I have written a descriptive issue title - [X] I have searched existing issues to"
                + " ensure the bug has not already been reported ### Fastify version 4.27.0 ### Plugin version ### Node.js version"
                + " 20.17.0 ### Operating system macOS ### Operating system version (i.e. 20.04, 11.3, 10) 14.2"
                + " ### Which browsers are you seeing the problem on? Chrome, Firefox"
                + " ### Description A querystring property of type number fails validation";

        assertThat(IssueFormFields.leftOut(report)).isEqualTo("### Description A querystring property of type number fails validation");
    }

    @Test
    void aFormOnItsLinesLosesItsChecklistAndEnvironment() {
        String report = """
                ### Prerequisites
                - [x] I have searched existing issues
                ### Node.js version
                18.x
                ### Steps to Reproduce
                Register the plugin twice.""";

        assertThat(IssueFormFields.leftOut(report)).doesNotContain("searched existing issues", "Node.js", "Prerequisites")
                .contains("### Steps to Reproduce", "Register the plugin twice.");
    }

    @Test
    void aLongPastedChecklistIsLeftOutWithoutOverflowingTheStack() {
        String pasted = "Which of these should I keep?\n" + "- [x] keep this one\n".repeat(2_000);

        assertThat(IssueFormFields.leftOut(pasted)).isEqualTo("Which of these should I keep?");
    }

    @Test
    void sentencesThatSpeakOfVersionsOrListsStay() {
        String question = "maxRedirections option doesn't work anymore since v7\n## Bug Description Since version seven (or six"
                + " I didn't test) the `maxRedirections` option do not work anymore (redirections are not followed anymore).";
        String markdown = "How do I render a task list? I write - [ ] in the page and nothing shows.";

        assertThat(IssueFormFields.leftOut(question)).isEqualTo(question);
        assertThat(IssueFormFields.leftOut("How do I pin the version of the plugin?")).isEqualTo("How do I pin the version of the plugin?");
        assertThat(IssueFormFields.leftOut(markdown)).isEqualTo(markdown);
    }
}
