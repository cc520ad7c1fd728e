package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.cli.ExitCode;
import dev.docent.app.runtime.ElasticsearchStarter;
import dev.docent.app.runtime.SampleKnowledgeBase;
import dev.docent.core.Docent;
import dev.docent.core.escalation.EscalationPolicy;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EmbeddedElasticsearchTest
class AskCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    ElasticsearchEndpoint elasticsearch;

    @BeforeEach
    void sampleIsIndexed() {
        SampleFixture.runtimeWithSample(elasticsearch.uri()).close();
    }

    @Test
    void askPrintsOneJsonObjectWhoseCitationNumbersMatchTheAnswer() throws Exception {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "",
                "ask", "--json", "How many times does Formwell retry a failed webhook delivery?");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines().count()).as("stdout holds exactly one line: the JSON object").isOne();
        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.fieldNames()).toIterable()
                .contains("answer", "citations", "intent", "escalate", "reason", "timings");
        assertThat(answer.get("escalate").asBoolean()).as("a how-to question the docs answer").isFalse();
        assertThat(answer.get("intent").asText()).isEqualTo("how_to");
        assertThat(answer.get("timings").get("totalMs").isNumber()).isTrue();
        assertThat(answer.get("citations")).isNotEmpty();

        Set<Integer> markers = new TreeSet<>();
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(answer.get("answer").asText());
        while (m.find()) {
            markers.add(Integer.parseInt(m.group(1)));
        }
        Set<Integer> listed = new TreeSet<>();
        for (JsonNode citation : answer.get("citations")) {
            listed.add(citation.get("n").asInt());
            assertThat(citation.get("url").asText()).startsWith(SampleKnowledgeBase.BASE_URL);
            assertThat(citation.get("knowledgeBase").asText()).isEqualTo(SampleKnowledgeBase.NAME);
            assertThat(citation.get("title").asText()).isNotBlank();
            assertThat(citation.get("snippet").asText()).isNotBlank();
        }
        assertThat(markers).isEqualTo(listed);
        assertThat(answer.get("citations").toString()).contains("webhook");
    }

    @Test
    void aProspectAskingWhetherTheProductSupportsSomethingIsAnsweredNotHandedToAPerson() throws Exception {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "--json", "Do you support SAML?");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.get("intent").asText()).as("not a wish for a person, a feature request or an outage").isEqualTo("how_to");
        assertThat(answer.get("escalate").asBoolean()).isFalse();
        assertThat(answer.get("citations").get(0).get("title").asText()).isEqualTo("Single sign-on (SAML 2.0)");
    }

    @Test
    void askAsTextListsTheNumberedSources() {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "how do I set up SCIM provisioning");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("[1]").contains("Sources:").contains("  [1] ").contains(SampleKnowledgeBase.BASE_URL);
    }

    @Test
    void questionTheDocsDoNotCoverGetsTheHonestAnswerAndOffersAPerson() throws Exception {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "--json", "What is the capital of Australia?");

        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.get("answer").asText()).isEqualTo(Docent.NOT_FOUND_TEXT);
        assertThat(answer.get("citations")).isEmpty();
        assertThat(answer.get("action").asText()).isEqualTo("answer_and_offer_human");
        assertThat(answer.get("reason").asText()).isEqualTo(EscalationPolicy.NOT_FOUND_REASON);
    }

    @Test
    void emptyQuestionIsAClearErrorBeforeElasticsearchIsEvenStarted() {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "   ");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("docent: The question is empty: ask something about the documentation.\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.elasticsearchStarts()).isZero();
    }

    @Test
    void fiftyKilobyteQuestionIsCutSafelyWithANote() throws Exception {
        String huge = "Why are my webhook deliveries failing with a timeout? ".repeat(1_000);
        assertThat(huge.length()).isGreaterThan(50_000);

        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), huge, "ask", "--json", "-");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.get("notes").get(0).asText()).contains("characters long").contains("first");
        assertThat(answer.get("answer").asText()).isNotBlank();
    }

    @Test
    void unknownKnowledgeBaseIsAClearErrorListingTheKnownOnes() {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "ask", "--kb", "nope", "sso?");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("docent: Unknown knowledge base 'nope'. Known knowledge bases: ")
                .contains(SampleKnowledgeBase.NAME).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unreachableElasticsearchIsOneLineAndANonZeroExit() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CommandLineRun run = CommandLineRun.run(Map.of("ES_URL", "http://127.0.0.1:" + closedPort),
                ElasticsearchStarter.standard(), "", "ask", "how do I reset my password?");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNAVAILABLE);
        assertThat(run.err()).startsWith("docent: Elasticsearch is not reachable at http://127.0.0.1:" + closedPort + ": ");
        assertThat(run.err().lines().count()).isOne();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void brokenConfigurationFailsWithItsLineBeforeElasticsearchStarts(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("docent.yml"), "defaultKnowledgebases: [sample]\n");

        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_CONFIG", config.toString()),
                CommandLineRun.starterFor(elasticsearch.uri()), "", "ask", "sso?");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("docent: " + config + ":1:1: defaultKnowledgebases: unknown key "
                + "(did you mean 'defaultKnowledgeBases'?");
        assertThat(run.elasticsearchStarts()).isZero();
    }

    @Test
    void configuredDefaultKnowledgeBasesAreWhatAnUnscopedQuestionSearches(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("docent.yml"), "defaultKnowledgeBases: [handbook]\n");

        CommandLineRun run = CommandLineRun.run(Map.of("DOCENT_CONFIG", config.toString()),
                CommandLineRun.starterFor(elasticsearch.uri()), "", "ask", "sso?");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("docent: Unknown knowledge base 'handbook'.");
    }

    @Test
    void chatAnswersEachLineUntilExit() {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(),
                "how do I reset my password\n\nwhat is the capital of Australia?\nexit\nnever asked\n", "chat");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Docent is ready").contains("Sources:").contains(Docent.NOT_FOUND_TEXT);
        assertThat(run.out().split("you> ", -1)).as("a prompt per line read, none after exit").hasSize(5);
    }

    @Test
    void chatReadsAFollowUpWithTheConversationSoFar() {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(),
                "How do I set up SCIM provisioning?\ndoes it work with Okta?\nexit\n", "chat");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        String followUpAnswer = run.out().split("you> ", -1)[2];
        assertThat(followUpAnswer).as("answered from the page the conversation is about").contains("Sources:")
                .contains(SampleKnowledgeBase.BASE_URL + "accounts/scim-provisioning");
    }
}
