package dev.docent.discord.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.answer.Answer;
import dev.docent.core.answer.AnswerTrace;
import dev.docent.core.answer.Retrieved;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.Decision;
import dev.docent.core.desk.Handover;
import dev.docent.discord.render.DiscordLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class AnswerRendererTest {

    static final Pattern SOURCE_LINE = Pattern.compile("\\*\\*\\[\\d+]\\*\\* \\[[^\\[\\]]+]\\(https://\\S+\\)");

    private final AnswerRenderer renderer = new AnswerRenderer();

    @Test
    void theAnswerComesWithNumberedLinkedSourcesAndItsButtons() {
        Answer answer = answer("Click **Roll secret**. [1] The old secret stays valid for 24 hours. [2]", List.of(
                citation(1, "Webhooks", "Rotating the signing secret", "https://docs.example/webhooks#rotating"),
                citation(2, "Webhooks", "", "https://docs.example/webhooks")), true);

        MessageCreateData message = renderer.render("how do I rotate the secret?", answer, "A1", Optional.empty());

        MessageEmbed embed = message.getEmbeds().getFirst();
        assertThat(embed.getTitle()).isEqualTo("how do I rotate the secret?");
        assertThat(embed.getDescription()).isEqualTo(answer.text());
        assertThat(embed.getFields()).singleElement().satisfies(field -> {
            assertThat(field.getName()).isEqualTo("Sources");
            assertThat(field.getValue()).isEqualTo("""
                    **[1]** [Webhooks \u203A Rotating the signing secret](https://docs.example/webhooks#rotating)
                    **[2]** [Webhooks](https://docs.example/webhooks)""");
        });
        assertThat(buttons(message)).extracting(Button::getLabel).containsExactly("Helpful", "Not helpful", "Talk to a human");
        assertThat(buttons(message)).extracting(Button::getCustomId)
                .containsExactly("docent:helpful:A1", "docent:not-helpful:A1", "docent:human:A1");
        assertThat(message.getContent()).isEmpty();
    }

    @Test
    void aLongAnswerWithManySourcesFitsDiscordsLimitsWithoutCuttingACitationOrALinkInHalf() {
        List<Citation> citations = IntStream.rangeClosed(1, 40)
                .mapToObj(n -> citation(n, "A page with a rather long title number " + n + " ".repeat(3) + "x".repeat(120),
                        "Section " + n, "https://docs.example/" + "very-long-path/".repeat(20) + n))
                .toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            text.append("Sentence number ").append(i).append(" says something useful about the product. [")
                    .append(i % 40 + 1).append("]\n");
        }

        MessageCreateData message = renderer.render("q".repeat(5_000), answer(text.toString(), citations, true), "A2",
                Optional.of(Handover.POSTED));

        MessageEmbed embed = message.getEmbeds().getFirst();
        assertThat(message.getContent().length()).isLessThanOrEqualTo(DiscordLimits.CONTENT);
        assertThat(embed.getTitle().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_TITLE);
        assertThat(embed.getDescription().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_DESCRIPTION);
        assertThat(embed.getLength()).isLessThanOrEqualTo(DiscordLimits.EMBEDS_TOTAL);
        assertThat(embed.getFields().size()).isLessThanOrEqualTo(DiscordLimits.EMBED_FIELDS);
        String shown = embed.getDescription().substring(0, embed.getDescription().indexOf(AnswerRenderer.CUT_MARKER));
        assertThat(shown).endsWith("]").doesNotContainPattern("\\[\\d*$");
        List<String> lines = new ArrayList<>();
        embed.getFields().forEach(field -> {
            assertThat(field.getValue().length()).isLessThanOrEqualTo(DiscordLimits.FIELD_VALUE);
            lines.addAll(field.getValue().lines().toList());
        });
        assertThat(lines.getLast()).matches("\u2026and \\d+ more sources\\.");
        assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty().allMatch(line -> SOURCE_LINE.matcher(line).matches());
    }

    @Test
    void mentionsInTheDocsOrTheQuestionPingNobodyAndNoLongerLookLikePings() {
        Answer answer = answer("Posting @everyone or @here pings <@&42> and <@7>. [1]",
                List.of(citation(1, "Unwanted @everyone pings", "", "https://docs.example/pings")), true);

        MessageCreateData message = renderer.render("why does @here ping <@&42>?", answer, "A3", Optional.empty());

        String json = message.toData().toString();
        assertThat(json).doesNotContain("@everyone").doesNotContain("@here").doesNotContain("<@&").doesNotContain("<@7");
        assertThat(message.getEmbeds().getFirst().getDescription())
                .isEqualTo("Posting @\u200Beveryone or @\u200Bhere pings <@\u200B&42> and <@\u200B7>. [1]");
        DataObject mentions = message.toData().getObject("allowed_mentions");
        assertThat(mentions.getArray("parse").isEmpty()).isTrue();
        assertThat(mentions.hasKey("roles") || mentions.hasKey("users")).isFalse();
        assertThat(mentions.getBoolean("replied_user")).isFalse();
    }

    @Test
    void aSourceTitleWithBracketsOrAUrlWithParenthesesStaysOneWholeLink() {
        String line = AnswerRenderer.sourceLine(citation(3, "Arrays [beta]", "", "https://docs.example/a_(b)"));

        assertThat(line).isEqualTo("**[3]** [Arrays (beta)](https://docs.example/a_%28b%29)");
    }

    @Test
    void aSourceWithoutAWebLinkIsNamedWithoutOne() {
        assertThat(AnswerRenderer.sourceLine(citation(1, "Local page", "Setup", "file:///tmp/docs/page.md")))
                .isEqualTo("**[1]** Local page \u203A Setup");
    }

    @Test
    void aHandedOverQuestionTellsWhatHappensNextAndTalkToAHumanIsDone() {
        Answer notFound = answer("I could not find this in the documentation.", List.of(), false);

        MessageCreateData message = renderer.render("what is the airspeed of a swallow?", notFound, "A4",
                Optional.of(Handover.POSTED));

        assertThat(message.getContent()).isEqualTo(Handover.POSTED.notice());
        assertThat(message.getEmbeds().getFirst().getFields()).isEmpty();
        assertThat(message.getEmbeds().getFirst().getColorRaw()).isEqualTo(AnswerRenderer.NOT_FOUND_COLOR);
        Button human = buttons(message).get(2);
        assertThat(human.isDisabled()).isTrue();
        assertThat(human.getLabel()).isEqualTo("A person has been asked");
    }

    @Test
    void notesForTheAskerGoInTheFooter() {
        Answer answer = new Answer("Text. [1]", List.of(citation(1, "Page", "", "https://docs.example/p")), List.of(), Retrieved.nothing(), true,
                Optional.empty(), Decision.answer(), List.of("Your message was 9,000 characters long; I read only its first 2,000."),
                Map.of(), AnswerTrace.none());

        MessageCreateData message = renderer.render("q", answer, "A5", Optional.empty());

        assertThat(message.getEmbeds().getFirst().getFooter().getText()).startsWith("Your message was 9,000 characters long");
    }

    private static List<Button> buttons(MessageCreateData message) {
        return message.getComponents().getFirst().asActionRow().getButtons();
    }

    private static Answer answer(String text, List<Citation> citations, boolean grounded) {
        return new Answer(text, citations, List.of(), Retrieved.nothing(), grounded, Optional.empty(),
                grounded ? Decision.answer() : Decision.offerHuman("not found"), List.of(), Map.of(), AnswerTrace.none());
    }

    private static Citation citation(int number, String title, String section, String url) {
        return new Citation(number, title, section, url, "kb", "page.md", "snippet");
    }
}
