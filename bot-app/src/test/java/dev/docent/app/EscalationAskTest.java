package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.cli.ExitCode;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shipped intent model and the default policy, end to end through {@code docent ask --json}. */
@EmbeddedElasticsearchTest
class EscalationAskTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    ElasticsearchEndpoint elasticsearch;

    @BeforeEach
    void sampleIsIndexed() {
        SampleFixture.runtimeWithSample(elasticsearch.uri()).close();
    }

    @Test
    void someoneAskingForAPersonIsHandedToOneWithTheReason() throws Exception {
        JsonNode answer = ask("I want to talk to a human agent please");

        assertThat(answer.get("intent").asText()).isEqualTo("wants_human");
        assertThat(answer.get("escalate").asBoolean()).isTrue();
        assertThat(answer.get("action").asText()).isEqualTo("escalate");
        assertThat(answer.get("reason").asText()).startsWith("The question reads as wants human (confidence ");
    }

    @Test
    void aHowToQuestionTheDocsAnswerIsAnsweredWithItsIntent() throws Exception {
        JsonNode answer = ask("how do I set up SCIM provisioning");

        assertThat(answer.get("intent").asText()).isEqualTo("how_to");
        assertThat(answer.get("action").asText()).isEqualTo("answer");
        assertThat(answer.get("reason").isNull()).isTrue();
    }

    @Test
    void anIssueTitleAskingForAChangeIsARequestEvenWhenItsDescriptionReadsLikeAHowTo() throws Exception {
        JsonNode answer = ask("Support multiple parsers for different rules\nI've got an Angular project where i want to lint HTML "
                + "files with two different plugins that provide custom parsers.");

        assertThat(answer.get("intent").asText()).isEqualTo("feature_request");
        assertThat(answer.get("reply").asText()).isEqualTo("request_noted");
        assertThat(answer.get("action").asText()).isEqualTo("escalate");
    }

    @Test
    void aPastedErrorReadsAsABugReportUnlessTheAskerTagsItAQuestion() throws Exception {
        String report = "embedded form is blank\nconsole says: Refused to frame forms.formwell.example because it violates the "
                + "following Content Security Policy directive: frame-ancestors. Is something broken?";

        assertThat(ask(report).get("intent").asText()).isEqualTo("bug_report");
        JsonNode question = ask("[Question] " + report);
        assertThat(question.get("intent").asText()).isEqualTo("how_to");
        assertThat(question.get("reply").asText()).isEqualTo("answer");
        assertThat(question.get("citations").get(0).get("title").asText()).isEqualTo("Embedded form not showing");
    }

    /** The webhooks page lists `submission.created`, `.updated` and `.deleted`, and matches every other word of both requests. */
    @Test
    void aFeatureRequestForWhatNoPageNamesGoesToTheTeamAndOneThePagesSettleIsAnswered() throws Exception {
        JsonNode missing = ask("Add a `submission.restored` webhook event\nWe need to know when a submission is taken back out of spam.");
        JsonNode documented = ask("Add a `submission.deleted` webhook event\nWe need to know when a submission is removed.");

        assertThat(missing.get("intent").asText()).isEqualTo("feature_request");
        assertThat(missing.get("reply").asText()).isEqualTo("request_noted");
        assertThat(missing.get("notes").get(0).asText()).isEqualTo("The documentation does not mention `submission.restored`.");
        assertThat(documented.get("reply").asText()).isEqualTo("answer");
        assertThat(documented.get("citations").get(0).get("title").asText()).isEqualTo("Webhooks");
    }

    /** The CSV export pages matched the other words, and the question was answered from them at 0.78. */
    @Test
    void aYesOrNoQuestionAboutWhatNoPageNamesIsNotInTheDocsAndOneAboutWhatAPageNamesIsAnswered() throws Exception {
        JsonNode unnamed = ask("Can I export submissions to Airtable?");
        JsonNode named = ask("Does Formwell support Okta?");

        assertThat(unnamed.get("reply").asText()).isEqualTo("not_in_docs");
        assertThat(unnamed.get("notes").get(0).asText()).isEqualTo("The documentation does not mention Airtable.");
        assertThat(named.get("reply").asText()).isEqualTo("answer");
        assertThat(named.get("citations").get(0).get("title").asText()).isEqualTo("SSO setup for Okta, Entra ID and Google Workspace");
    }

    /** The CSV export page matches every word of the report, so the docs seemed to settle it (0.89 without the rule). */
    @Test
    void aReportOfACrashGoesToTheTeamWithThePagesClosestToIt() throws Exception {
        JsonNode answer = ask("CSV export crashes for large forms\nExporting our biggest form crashes the browser tab.");

        assertThat(answer.get("intent").asText()).isEqualTo("bug_report");
        assertThat(answer.get("reply").asText()).isEqualTo("request_noted");
        assertThat(answer.get("action").asText()).isEqualTo("escalate");
        assertThat(answer.get("relatedPages").get(0).get("title").asText()).isEqualTo("CSV export problems");
    }

    @Test
    void aQuestionInAnotherLanguageThanTheDocsIsToldTheirLanguageAndNotReadForAnIntent() throws Exception {
        JsonNode answer = ask("¿Cómo configuro el inicio de sesión único para mi equipo?");

        assertThat(answer.get("reply").asText()).isEqualTo("not_in_docs");
        assertThat(answer.get("intent").isNull()).as("the English intent model read it as a feature request").isTrue();
        assertThat(answer.get("notes").get(0).asText())
                .isEqualTo("Your question reads as Spanish, and the documentation is written in English: asked in English, "
                        + "it may find what you need.");
    }

    private JsonNode ask(String question) throws Exception {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "--json", question);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return JSON.readTree(run.out());
    }
}
