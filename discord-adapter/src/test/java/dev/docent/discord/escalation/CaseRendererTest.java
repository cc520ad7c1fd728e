package dev.docent.discord.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.discord.render.DiscordLimits;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

class CaseRendererTest {

    static final String LINK = "https://discord.com/channels/1/2/3";

    private final CaseRenderer renderer = new CaseRenderer();

    @Test
    void theCasePingsTheSupportRoleAndNobodyElse() {
        MessageCreateData message = renderer.render(escalation("how do I rotate the secret?", "Click **Roll secret**. [1]",
                "U9"), LINK, Optional.of("777"), 0);

        assertThat(message.getContent()).startsWith("<@&777> ");
        DataObject mentions = message.toData().getObject("allowed_mentions");
        assertThat(mentions.getArray("parse").isEmpty()).isTrue();
        assertThat(mentions.getArray("roles").toList()).containsExactly("777");
        assertThat(mentions.hasKey("users")).isFalse();
        assertThat(mentions.getBoolean("replied_user")).isFalse();
    }

    @Test
    void theCaseSaysWhatWasAskedByWhomWhereWhatDocentAnsweredTheIntentAndWhy() {
        MessageEmbed embed = renderer.render(escalation("how do I rotate the secret?", "Click **Roll secret**. [1]", "U9"),
                LINK, Optional.of("777"), 0).getEmbeds().getFirst();

        assertThat(embed.getFields()).extracting(MessageEmbed.Field::getName, MessageEmbed.Field::getValue).contains(
                org.assertj.core.groups.Tuple.tuple("Question", "how do I rotate the secret?"),
                org.assertj.core.groups.Tuple.tuple("Asked by", "<@U1>"),
                org.assertj.core.groups.Tuple.tuple("Requested by", "<@U9>"),
                org.assertj.core.groups.Tuple.tuple("Conversation", "[Jump to the message](" + LINK + ")"),
                org.assertj.core.groups.Tuple.tuple("Intent", "billing"),
                org.assertj.core.groups.Tuple.tuple("Reason", "The asker asked to talk to a person."),
                org.assertj.core.groups.Tuple.tuple("Docent's attempted answer", "Click **Roll secret**. [1]"));
        assertThat(embed.getFooter().getText()).isEqualTo("Case A1");
    }

    @Test
    void withoutASupportRoleTheCasePingsNobody() {
        MessageCreateData message = renderer.render(escalation("q?", "a", EscalationCase.BY_POLICY), LINK, Optional.empty(), 0);

        assertThat(message.getContent()).doesNotContain("<@");
        assertThat(message.toData().getObject("allowed_mentions").hasKey("roles")).isFalse();
        assertThat(message.getEmbeds().getFirst().getFields()).anySatisfy(field ->
                assertThat(field.getValue()).isEqualTo("Docent (escalation policy)"));
    }

    @Test
    void echoedTextCannotPingAndLongTextFitsAField() {
        MessageEmbed embed = renderer.render(escalation("@everyone help <@&777>", "x".repeat(5_000), "U9"), LINK,
                Optional.of("777"), 0).getEmbeds().getFirst();

        assertThat(embed.getFields().getFirst().getValue()).isEqualTo("@\u200Beveryone help <@\u200B&777>");
        assertThat(embed.getFields()).allSatisfy(f -> assertThat(f.getValue().length()).isLessThanOrEqualTo(DiscordLimits.FIELD_VALUE));
    }

    @Test
    void laterAskersRaiseTheCountAndAreLinkedWithoutAPing() {
        MessageEditData counted = renderer.recount(escalation("is it down?", "a", EscalationCase.BY_POLICY), LINK,
                Optional.of("777"), 3);
        MessageCreateData also = renderer.alsoAsked(escalation("is it down?", "a", EscalationCase.BY_POLICY), LINK);

        assertThat(counted.getContent()).startsWith("<@&777> ").endsWith("3 more people asked this.");
        assertThat(counted.toData().getObject("allowed_mentions").hasKey("roles")).isFalse();
        assertThat(also.getContent()).isEqualTo("Also asked by <@U1>: [jump to the message](" + LINK + ")");
        assertThat(also.toData().getObject("allowed_mentions").getArray("parse").isEmpty()).isTrue();
        assertThat(also.toData().getObject("allowed_mentions").hasKey("users")).isFalse();
    }

    private static EscalationCase escalation(String question, String answer, String requestedBy) {
        AnsweredQuestion answered = new AnsweredQuestion("A1", "discord", "G1", "C1", "U1", question, answer, List.of(),
                "billing", "answer", null, true, List.of("product"), Instant.EPOCH);
        return new EscalationCase("A1", "G1", "C1", "U1", requestedBy, "The asker asked to talk to a person.", answered,
                Instant.EPOCH);
    }
}
