package dev.docent.discord;

import dev.docent.core.desk.Notices;
import dev.docent.core.desk.SupportDesk;
import dev.docent.core.desk.Teaching;
import dev.docent.discord.admin.DiscordMembership;
import dev.docent.discord.render.QuietMessages;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Save as answer", Docent's message command (Apps > Save as answer), used on a moderator's reply
 * to an escalation case - a Discord reply to the case message, or a message in a thread started
 * from it: the desk keeps the reply as the team answer to the case's question. The person who used
 * it is told the outcome privately, within Discord's 3 seconds (the reply is deferred first).
 */
final class SaveAsAnswerListener extends ListenerAdapter {

    static final String NAME = "Save as answer";
    private static final Logger log = LoggerFactory.getLogger(SaveAsAnswerListener.class);

    private final SupportDesk desk;
    private final Deliveries deliveries;
    private final Executor workers;

    SaveAsAnswerListener(SupportDesk desk, Deliveries deliveries, Executor workers) {
        this.desk = desk;
        this.deliveries = deliveries;
        this.workers = workers;
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
        event.deferReply(true).queue();
        InteractionHook hook = event.getHook();
        String interaction = event.getId();
        Teaching teaching = teaching(event.getGuild().getId(), member.getId(), event.getTarget());
        workers.execute(() -> {
            String notice;
            try {
                if (!deliveries.first(Deliveries.INTERACTIONS, interaction)) {
                    return;
                }
                notice = desk.teach(teaching, new DiscordMembership(member));
            } catch (RuntimeException e) {
                log.atWarn().addKeyValue("guild", teaching.tenant()).addKeyValue("error", e.getClass().getName())
                        .log("save as answer failed");
                notice = Notices.TEACH_FAILED;
            }
            hook.editOriginal(QuietMessages.asEdit(QuietMessages.text(notice))).queue();
        });
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
