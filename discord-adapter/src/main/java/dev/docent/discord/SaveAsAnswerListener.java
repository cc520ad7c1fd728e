package dev.docent.discord;

import dev.docent.core.desk.Notices;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.desk.Teaching;
import dev.docent.discord.admin.DiscordMembership;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;

/**
 * "Save as answer", Docent's message command (Apps > Save as answer), used on a moderator's reply
 * to an escalation case - a Discord reply to the case message, or a message in a thread started
 * from it: the desk keeps the reply as the team answer to the case's question. The person who used
 * it is told the outcome privately, within Discord's 3 seconds (the reply is deferred first).
 */
final class SaveAsAnswerListener extends ListenerAdapter {

    static final String NAME = "Save as answer";

    private final SupportDesk desk;
    private final PrivateReply replies;

    SaveAsAnswerListener(SupportDesk desk, PrivateReply replies) {
        this.desk = desk;
        this.replies = replies;
    }

    static CommandData definition() {
        return Commands.message(NAME).setContexts(InteractionContextType.GUILD);
    }

    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        Member member = event.getMember();
        if (!event.getName().equals(NAME) || event.getGuild() == null || member == null) {
            return;
        }
        Teaching teaching = teaching(event.getGuild().getId(), member.getId(), event.getTarget());
        replies.answer(event, "save as answer", () -> desk.teach(teaching, new DiscordMembership(member)),
                Notices.TEACH_FAILED);
    }

    /** The case a reply answers: the message it replies to, or the message its thread was started from. */
    private static Teaching teaching(String guild, String teacher, Message reply) {
        MessageReference reference = reply.getMessageReference();
        String channel;
        String caseMessage;
        if (reference != null) {
            channel = reference.getChannelId();
            caseMessage = reference.getMessageId();
        } else if (reply.getChannel() instanceof ThreadChannel thread) {
            channel = thread.getParentChannel().getId();
            caseMessage = thread.getId();
        } else {
            channel = reply.getChannel().getId();
            caseMessage = "";
        }
        return new Teaching("discord", guild, channel, caseMessage, teacher, reply.getContentDisplay(),
                Optional.of(reply.getJumpUrl()));
    }
}
