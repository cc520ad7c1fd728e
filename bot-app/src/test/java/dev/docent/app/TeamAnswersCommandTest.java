package dev.docent.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.app.cli.ExitCode;
import dev.docent.app.runtime.DocentRuntime;
import dev.docent.core.teach.TeamAnswer;
import dev.docent.core.teach.TeamAnswerBases;
import dev.docent.elasticsearch.ElasticsearchEndpoint;
import dev.docent.elasticsearch.EmbeddedElasticsearchTest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code docent team-answers}: the review of team answers from the command line, on the embedded node. */
@EmbeddedElasticsearchTest
class TeamAnswersCommandTest {

    private static final String TENANT = "T_REVIEW";

    ElasticsearchEndpoint elasticsearch;

    @Test
    void answersAreListedCorrectedPublishedAndRetired() {
        try (DocentRuntime runtime = SampleFixture.runtimeWithSample(elasticsearch.uri())) {
            runtime.teamAnswers().save(new TeamAnswer("case-1", TENANT, "Can forms be translated into Klingon?",
                    "Not yet.", "U_ONCALL", Instant.parse("2026-12-01T10:00:00Z"), null, false, false));

            CommandLineRun list = CommandLineRun.against(elasticsearch.uri(), "", "team-answers", "list", "--tenant", TENANT);
            CommandLineRun edit = CommandLineRun.against(elasticsearch.uri(), "", "team-answers", "edit", "case-1",
                    "--text", "Klingon is not planned; translate a copy of the form by hand.");
            CommandLineRun publish = CommandLineRun.against(elasticsearch.uri(), "", "team-answers", "publish", "case-1");

            assertThat(list.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(list.out()).contains("case-1").contains("2026-12-01").contains("internal")
                    .contains("Can forms be translated into Klingon?");
            assertThat(edit.out()).contains("Answer:   Klingon is not planned");
            assertThat(publish.out()).contains("State:    public");
            assertThat(runtime.catalog().passageCount(TeamAnswerBases.published(TENANT))).isOne();
            assertThat(runtime.catalog().passageCount(TeamAnswerBases.internal(TENANT))).isZero();

            CommandLineRun retire = CommandLineRun.against(elasticsearch.uri(), "", "team-answers", "retire", "case-1");

            assertThat(retire.out()).contains("State:    retired");
            assertThat(runtime.catalog().passageCount(TeamAnswerBases.published(TENANT))).isZero();
            assertThat(runtime.teamAnswers().find("case-1")).map(TeamAnswer::answer)
                    .isEqualTo(Optional.of("Klingon is not planned; translate a copy of the form by hand."));
        }
    }

    @Test
    void anUnknownIdOrAnEmptyTextIsAClearErrorThatChangesNothing() {
        CommandLineRun unknown = CommandLineRun.against(elasticsearch.uri(), "", "team-answers", "publish", "no-such-case");
        CommandLineRun empty = CommandLineRun.against(elasticsearch.uri(), "", "team-answers", "edit", "no-such-case",
                "--text", " ");

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("No team answer has the id 'no-such-case'");
        assertThat(empty.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(empty.err()).contains("The answer cannot be empty");
    }
}
