package dev.docent.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docent.core.answer.PageReference;
import dev.docent.core.insights.GapGroup;
import dev.docent.core.insights.GapReport;
import dev.docent.core.insights.PageCount;
import dev.docent.core.insights.Period;
import dev.docent.core.insights.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** The gap report's exports keep users' words as words: no markup, no formulas, no broken rows. */
class GapReportExportsTest {

    private static final String HOSTILE = "<script>alert('x')</script> [click](javascript:alert(1)) ![img](http://x/y.png)\n# heading";
    private static final PageReference WEBHOOKS = new PageReference("sample", "api/webhooks.md", "Webhooks", "https://docs.example/webhooks");

    private static final GapReport REPORT = new GapReport(
            new Scope(new Period(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")),
                    Optional.of("T1"), Optional.empty(), Optional.of("sample")),
            5, 0, 0.15, List.of(
                    new GapGroup(List.of("Is there a mobile app?", "is there a mobile app?", "Any iPhone app?", "Android app?"),
                            4, 0, 1, List.of(new PageCount(WEBHOOKS, 3)), Instant.parse("2026-11-20T10:00:00Z"), true),
                    new GapGroup(List.of(HOSTILE), 0, 1, 0, List.of(), Instant.parse("2026-11-21T10:00:00Z"), false),
                    new GapGroup(List.of("=HYPERLINK(\"http://evil\",\"x\"), and \"quotes\""), 1, 0, 0, List.of(),
                            Instant.parse("2026-11-22T10:00:00Z"), false)));

    @Test
    void markdownRendersQuestionsAsPlainTextAndPagesAsLinks() {
        String markdown = GapReportMarkdown.of(REPORT);
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));

        assertThat(markdown).startsWith("# Docs gaps: 2026-11-01 to 2026-12-01, tenant T1, knowledge base sample");
        assertThat(html).doesNotContain("<script>", "<img", "href=\"javascript").contains("&lt;script&gt;")
                .contains("<a href=\"https://docs.example/webhooks\">Webhooks</a>");
        assertThat(html).as("a question's line break does not start a heading").doesNotContain("<h1>heading");
        assertThat(markdown).as("each wording once").contains("- Is there a mobile app?\n").doesNotContain("- is there a mobile app?")
                .contains("- Any iPhone app?").contains("voted not helpful. Closed by a team answer.");
    }

    @Test
    void csvQuotesWhatNeedsItAndDisarmsFormulas() {
        String[] rows = GapReportCsv.of(REPORT).split("\r\n(?=\\d|$)");

        assertThat(rows[0]).isEqualTo("rank,questions,refused,escalated,voted_not_helpful,last_asked,examples,closest_pages,closed_by_team_answer");
        assertThat(rows[1]).startsWith("1,4,4,0,1,2026-11-20T10:00:00Z,\"Is there a mobile app?\nAny iPhone app?\nAndroid app?\",")
                .endsWith("https://docs.example/webhooks,true");
        assertThat(rows[3]).contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"), and \"\"quotes\"\"\",");
        assertThat(GapReportCsv.cell("-1")).isEqualTo("'-1");
        assertThat(GapReportCsv.cell("plain")).isEqualTo("plain");
    }

    @Test
    void jsonHasEveryQuestionOfEveryGroup() {
        ObjectNode json = GapReportJson.of(REPORT);

        assertThat(json.get("scope").get("tenant").asText()).isEqualTo("T1");
        assertThat(json.get("scope").get("platform").isNull()).isTrue();
        assertThat(json.get("groups")).hasSize(3);
        assertThat(json.get("groups").get(0).get("asked")).hasSize(4);
        assertThat(json.get("groups").get(0).get("closedByTeamAnswer").asBoolean()).isTrue();
        assertThat(json.get("groups").get(1).get("closedByTeamAnswer").asBoolean()).isFalse();
        assertThat(json.get("groups").get(0).get("examples")).hasSize(3);
        assertThat(json.get("groups").get(0).get("closestPages").get(0).get("foundFor").asInt()).isEqualTo(3);
        assertThat(json.get("groups").get(1).get("asked").get(0).asText()).isEqualTo(HOSTILE);
    }
}
