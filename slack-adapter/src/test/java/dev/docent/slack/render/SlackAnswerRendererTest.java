package dev.docent.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.Decision;
import dev.docent.core.escalation.EscalationPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SlackAnswerRendererTest {

    private static final Gson JSON = GsonFactory.createSnakeCase();
    private final SlackAnswerRenderer renderer = new SlackAnswerRenderer();

    @Test
    void answerShowsTextThenNumberedSourcesThenTheThreeButtons() {
        Answer answer = answer("Click **Roll secret** on the endpoint page. [1] The old secret stays valid for 24 hours. [2]",
                List.of(citation(1, "Webhook signatures", "Rotating the signing secret", "https://docs.example/webhooks#rotating"),
                        citation(2, "Webhook signatures", "", "https://docs.example/webhooks")));

        SlackMessage message = renderer.render(answer, "answer-42");

        List<String> texts = sectionTexts(message);
        assertThat(texts.getFirst()).isEqualTo("Click *Roll secret* on the endpoint page. [1] The old secret stays valid for 24 hours. [2]");
        assertThat(texts.getLast()).isEqualTo("*Sources*\n"
                + "[1] <https://docs.example/webhooks#rotating|Webhook signatures &gt; Rotating the signing secret>\n"
                + "[2] <https://docs.example/webhooks|Webhook signatures>");
        ActionsBlock actions = (ActionsBlock) message.blocks().getLast();
        assertThat(actions.getElements()).map(e -> (ButtonElement) e)
                .extracting(b -> b.getText().getText(), ButtonElement::getActionId, ButtonElement::getValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(":thumbsup: Helpful", SlackAnswerRenderer.HELPFUL, "answer-42"),
                        org.assertj.core.groups.Tuple.tuple(":thumbsdown: Not helpful", SlackAnswerRenderer.NOT_HELPFUL, "answer-42"),
                        org.assertj.core.groups.Tuple.tuple(":raising_hand: Talk to a human", SlackAnswerRenderer.TALK_TO_HUMAN, "answer-42"));
        assertThat(message.text()).startsWith("Click *Roll secret*");
    }

    @Test
    void anAnswerThatAlreadyBringsInAPersonOffersNoSecondButton() {
        Answer notFound = new Answer("I could not find this in the documentation.", List.of(), List.of(), Retrieved.nothing(), false, Optional.empty(),
                Decision.offerHuman(EscalationPolicy.NOT_FOUND_REASON), List.of(), Map.of(), AnswerTrace.none());

        ActionsBlock actions = (ActionsBlock) renderer.render(notFound, "a1").blocks().getLast();

        assertThat(actions.getElements()).map(e -> ((ButtonElement) e).getActionId())
                .containsExactly(SlackAnswerRenderer.HELPFUL, SlackAnswerRenderer.NOT_HELPFUL);
    }

    @Test
    void longAnswerStaysWithinSlackLimitsAndNeverCutsACitation() {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            text.append("Sentence number ").append(i).append(" explains one more detail of the setup at some length, ")
                    .append("with enough words to fill the section quickly and then some more words. [").append(i).append("]")
                    .append(i % 5 == 0 ? "\n" : " ");
            citations.add(citation(i, "A page with a rather long title number " + i, "Section " + i + " > Subsection",
                    "https://docs.example/pages/" + i + "#section-" + i));
        }
        Answer answer = answer(text.toString().repeat(6), citations);

        SlackMessage message = renderer.render(answer, "a1");

        assertThat(message.blocks()).hasSizeLessThanOrEqualTo(50);
        List<String> texts = sectionTexts(message);
        assertThat(texts).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(3_000));
        assertThat(totalText(message)).isLessThan(10_000);
        // Every piece of answer text ends right after a citation marker, never inside or before one.
        texts.stream().filter(t -> !t.startsWith("*Sources*"))
                .forEach(t -> assertThat(t).matches("(?s).*\\[\\d+]$").doesNotStartWith("["));
        assertThat(contextTexts(message)).anyMatch(t -> t.contains("ends early"));
        // Source lines are whole: each is "[n] <url|label>".
        String sources = texts.getLast();
        assertThat(sources.lines().skip(1).filter(l -> !l.startsWith("_and ")))
                .allMatch(l -> l.matches("\\[\\d+] <https://docs\\.example/pages/\\d+#section-\\d+\\|[^<>]+>"));
    }

    @Test
    void docTextWithCrowdMentionsPingsNobody() {
        Answer answer = answer("Remove `<!channel>` or use `<!subteam^S012AB3CD>`; <!here> and <@U024BE7LH> too. "
                        + "Also @channel, @here and @everyone. [1]",
                List.of(citation(1, "Unwanted @channel and @everyone pings", "Slack: <!everyone>", "https://docs.example/x")));

        SlackMessage message = renderer.render(answer, "a1");

        String json = JSON.toJson(message.blocks()) + JSON.toJson(message.text());
        assertThat(json).doesNotContain("<!").doesNotContain("<@");
        Matcher spelled = Pattern.compile("@(channel|here|everyone)", Pattern.CASE_INSENSITIVE).matcher(decoded(message));
        assertThat(spelled.find()).as("a spelled-out crowd mention survived").isFalse();
        assertThat(sectionTexts(message).getFirst()).contains("`&lt;!channel&gt;`").contains("&lt;!subteam^S012AB3CD&gt;");
    }

    @Test
    void commandAnswerSaysWhoAskedWhatByNameNotByMention() {
        SlackMessage message = renderer.renderForCommand("dana", "why <!here> pings?", answer("Because. [1]",
                List.of(citation(1, "T", "", "https://docs.example/t"))), "a1");

        assertThat(contextTexts(message).getFirst()).isEqualTo("*dana* asked: why &lt;!here&gt; pings?");
    }

    @Test
    void localFileSourcesAreShownAsTextNotAsLinks() {
        assertThat(SlackAnswerRenderer.line(citation(3, "Setup", "Install", "file:///srv/docs/setup.md#install")))
                .isEqualTo("[3] Setup &gt; Install (file:///srv/docs/setup.md#install)");
    }

    private static Answer answer(String text, List<Citation> citations) {
        return new Answer(text, citations, List.of(), Retrieved.nothing(), true, Optional.empty(), Decision.answer(), List.of(), Map.of(), AnswerTrace.none());
    }

    private static Citation citation(int n, String title, String section, String url) {
        return new Citation(n, title, section, url, "kb", "page.md", "snippet");
    }

    static List<String> sectionTexts(SlackMessage message) {
        return message.blocks().stream().filter(SectionBlock.class::isInstance)
                .map(b -> ((SectionBlock) b).getText().getText()).toList();
    }

    static List<String> contextTexts(SlackMessage message) {
        return message.blocks().stream().filter(ContextBlock.class::isInstance)
                .flatMap(b -> ((ContextBlock) b).getElements().stream())
                .map(e -> ((MarkdownTextObject) e).getText()).toList();
    }

    private static int totalText(SlackMessage message) {
        return message.text().length() + message.blocks().stream().mapToInt(SlackAnswerRendererTest::textLength).sum();
    }

    private static int textLength(LayoutBlock block) {
        return switch (block) {
            case SectionBlock s -> s.getText().getText().length();
            case ContextBlock c -> c.getElements().stream().mapToInt(e -> ((MarkdownTextObject) e).getText().length()).sum();
            default -> 0;
        };
    }

    /** What a reader sees: Slack's entities decoded. */
    private static String decoded(SlackMessage message) {
        return String.join("\n", sectionTexts(message)).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
