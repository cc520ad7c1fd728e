package dev.docent.discord.escalation;

import dev.docent.core.conversation.AnsweredQuestion;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.discord.render.DiscordLimits;
import dev.docent.discord.render.Mentions;
import dev.docent.discord.render.QuietMessages;
import dev.docent.discord.render.TextFit;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Draws an escalation case for the moderators' channel: the question, who asked, a link to the
 * conversation, Docent's attempted answer, the detected intent and why a person is needed. The
 * support role is the only mention allowed to ping; the asker is shown, not pinged.
 */
public final class CaseRenderer {

    static final int CASE_COLOR = 0xD62828;

    /**
     * @param link         where the conversation is (a message link)
     * @param supportRole  the role to ping, if the guild configured one
     * @param moreAskers   how many people asked much the same since
     */
    public MessageCreateData render(EscalationCase escalation, String link, Optional<String> supportRole, int moreAskers) {
        return draw(escalation, link, supportRole, moreAskers, true);
    }

    /**
     * The case again with a new count of askers, as an edit: the role is still shown but pinged no
     * more (the case already paged it).
     */
    public MessageEditData recount(EscalationCase escalation, String link, Optional<String> supportRole, int moreAskers) {
        return QuietMessages.asEdit(draw(escalation, link, supportRole, moreAskers, false));
    }

    private MessageCreateData draw(EscalationCase escalation, String link, Optional<String> supportRole, int moreAskers,
                                   boolean ping) {
        AnsweredQuestion answered = escalation.answered();
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(CASE_COLOR)
                .setTitle("Support case: a person is needed")
                .addField("Question", field(answered.question()), false)
                .addField("Asked by", "<@" + answered.user() + ">", true)
                .addField("Requested by", EscalationCase.BY_POLICY.equals(escalation.requestedBy())
                        ? "Docent (escalation policy)" : "<@" + escalation.requestedBy() + ">", true)
                .addField("Conversation", "[Jump to the message](" + link + ")", true)
                .addField("Intent", answered.intent() == null ? "not classified" : field(answered.intent()), true)
                .addField("Reason", field(escalation.reason() == null ? "not given" : escalation.reason()), false)
                .addField("Docent's attempted answer", field(answered.answer()), false)
                .setFooter("Case " + escalation.id());
        String heading = "A community member needs a person from the team." + (moreAskers == 0 ? ""
                : moreAskers == 1 ? " 1 more person asked this." : " " + moreAskers + " more people asked this.");
        MessageCreateBuilder message = QuietMessages.builder().setEmbeds(embed.build());
        supportRole.ifPresentOrElse(
                role -> {
                    message.setContent("<@&" + role + "> " + heading);
                    if (ping) {
                        message.mentionRoles(role);
                    }
                },
                () -> message.setContent(heading));
        return message.build();
    }

    /** The reply to a case when one more person asks much the same: who (shown, not pinged) and where. */
    public MessageCreateData alsoAsked(EscalationCase similar, String link) {
        return QuietMessages.builder()
                .setContent("Also asked by <@" + similar.user() + ">: [jump to the message](" + link + ")").build();
    }

    private static String field(String text) {
        String value = Mentions.neutralise(text == null ? "" : text.strip());
        return value.isEmpty() ? "-" : TextFit.fit(value, DiscordLimits.FIELD_VALUE);
    }
}
