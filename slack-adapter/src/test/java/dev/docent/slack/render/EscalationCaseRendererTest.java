package dev.docent.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationCaseRendererTest {

    private final EscalationCaseRenderer renderer = new EscalationCaseRenderer();

    @Test
    void caseMentionsOnlyTheOnCallGroupAndShowsEverythingElseAsText() {
        SlackMessage message = renderer.render(new EscalationCaseRenderer.Case("why does <!channel> ping @here?",
                "Dana <@U1>", "the asker", Optional.of("https://x.slack.com/archives/C1/p1"), "Because [1]",
                Optional.of("bug_report"), "The asker asked to talk to a person.", Optional.of("S0ONCALL"), 0));

        String all = message.text() + String.join("\n", SlackAnswerRendererTest.sectionTexts(message));
        assertThat(all.split("<!", -1)).hasSize(3); // the mention in the text and in the first section, nothing else
        assertThat(all).contains("<!subteam^S0ONCALL>").doesNotContain("<@").doesNotContain("@here")
                .contains("&lt;!channel&gt;").contains("<https://x.slack.com/archives/C1/p1|open the conversation>")
                .contains("*Intent*: bug_report");
    }

    @Test
    void textThatGrowsWhenEscapedStillFitsASection() {
        SlackMessage message = renderer.render(new EscalationCaseRenderer.Case("<".repeat(1_500), "Dana", "the asker",
                Optional.empty(), "&".repeat(2_000), Optional.empty(), "why", Optional.empty(), 0));

        assertThat(SlackAnswerRendererTest.sectionTexts(message)).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(3_000));
        assertThat(String.join("", SlackAnswerRendererTest.sectionTexts(message))).doesNotContain("&l…").doesNotContain("&am…");
    }

    @Test
    void laterAskersRaiseTheCountAndAreNamedNotMentioned() {
        SlackMessage counted = renderer.render(new EscalationCaseRenderer.Case("is it down?", "Dana", "Docent",
                Optional.empty(), "a", Optional.empty(), "why", Optional.of("S0ONCALL"), 2));
        SlackMessage also = renderer.alsoAsked("Lee <!here>", Optional.of("https://x.slack.com/archives/C2/p2"));

        assertThat(SlackAnswerRendererTest.sectionTexts(counted).getFirst()).endsWith("*2 more people asked this*");
        assertThat(also.text()).isEqualTo(":raising_hand: Also asked by *Lee &lt;!here&gt;* - "
                + "<https://x.slack.com/archives/C2/p2|open the conversation>");
    }
}
