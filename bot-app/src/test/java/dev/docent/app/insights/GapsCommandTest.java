package dev.docent.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docent.app.CommandLineRun;
import dev.docent.app.SampleFixture;
import dev.docent.app.cli.ExitCode;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.Reply;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.answer.TokenSpend;
import dev.docent.core.conversation.ElasticsearchAnswerLog;
import dev.docent.core.desk.DeskIndices;
import dev.docent.core.elasticsearch.ElasticsearchConnection;
import dev.docent.core.embedding.QueryEmbedder;
import dev.docent.core.question.Place;
import dev.docent.core.question.Question;
import dev.docent.core.question.Visibility;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code docent gaps} prints the report in each format, for the scope its options give. */
@EmbeddedElasticsearchTest
class GapsCommandTest {

    ElasticsearchEndpoint elasticsearch;

    private final String tenant = "T_CLI_" + UUID.randomUUID();

    @BeforeEach
    void refusedQuestionsOnTwoTopics() {
        QueryEmbedder embedder = QueryEmbedder.forBge(SampleFixture.model());
        try (ElasticsearchConnection connection = ElasticsearchConnection.open(elasticsearch.uri(), Optional.empty())) {
            DeskIndices.create(connection);
            ElasticsearchAnswerLog log = new ElasticsearchAnswerLog(connection, Clock.systemUTC());
            for (String asked : List.of("Is there a mobile app?", "Any iPhone app?", "Android app?")) {
                log.record("slack", question(asked), refused(embedder.embed(asked)));
            }
            String hipaa = "Will you sign a HIPAA business associate agreement?";
            log.record("discord", question(hipaa), refused(embedder.embed(hipaa)));
            connection.call(c -> c.indices().refresh(r -> r.index(ElasticsearchAnswerLog.INDEX)));
        }
    }

    @Test
    void jsonHasTheGroupsLargestFirst() throws Exception {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "gaps", "--tenant", tenant, "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("questions").asInt()).isEqualTo(4);
        assertThat(report.get("groups")).extracting(g -> g.get("questions").asInt()).containsExactly(3, 1);
        assertThat(report.get("scope").get("tenant").asText()).isEqualTo(tenant);
    }

    @Test
    void markdownIsTheDefaultAndCsvHasARowPerGroup() {
        CommandLineRun markdown = CommandLineRun.against(elasticsearch.uri(), "", "gaps", "--tenant", tenant, "--since", "7d");
        CommandLineRun csv = CommandLineRun.against(elasticsearch.uri(), "", "gaps", "--tenant", tenant, "--csv");
        CommandLineRun discordOnly = CommandLineRun.against(elasticsearch.uri(), "", "gaps", "--tenant", tenant, "--platform", "discord");

        assertThat(markdown.out()).startsWith("# Docs gaps: ").contains("tenant " + tenant).contains("- Any iPhone app?");
        assertThat(csv.out().split("\r\n")).hasSize(3);
        assertThat(discordOnly.out()).contains("HIPAA").doesNotContain("iPhone");
    }

    @Test
    void nothingUnservedSaysSo() {
        CommandLineRun run = CommandLineRun.against(elasticsearch.uri(), "", "gaps", "--tenant", "T_NOBODY");

        assertThat(run.out()).contains("No question went unserved");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CommandLineRun.against(elasticsearch.uri(), "", "gaps", "--since", "0d").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CommandLineRun.against(elasticsearch.uri(), "", "gaps", "--since", "30").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CommandLineRun.against(elasticsearch.uri(), "", "gaps", "--json", "--csv").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    private Question question(String text) {
        return new Question(text, "U1", new Place(tenant, "C1", Visibility.PUBLIC), List.of());
    }

    private static Answer refused(float[] embedding) {
        return new Answer("Not in the docs.", List.of(), List.of(), Retrieved.nothing(), false, Optional.empty(),
                Decision.offerHuman("Not in the docs.").withReply(Reply.NOT_IN_DOCS), List.of(), Map.of("totalMs", 40.0),
                new AnswerTrace(Set.of("sample"), false, TokenSpend.NONE, embedding));
    }
}
