package dev.docent.discord.escalation;

import dev.docent.core.desk.CaseBoard;
import dev.docent.core.desk.PostedCase;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.tenant.EscalationTarget;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a case in the guild's moderators' channel, pinging only the guild's support role - and
 * only in a channel of the guild the question was asked in. A later asker of much the same question
 * is added to that case: its count goes up and a reply links to the new conversation.
 */
public final class DiscordCaseBoard implements CaseBoard {

    private static final Logger log = LoggerFactory.getLogger(DiscordCaseBoard.class);

    private final JDA jda;
    private final CaseRenderer renderer;
    private final Supplier<String> link;

    /** @param link the conversation's message link, asked for only when the case is posted */
    public DiscordCaseBoard(JDA jda, CaseRenderer renderer, Supplier<String> link) {
        this.jda = jda;
        this.renderer = renderer;
        this.link = link;
    }

    @Override
    public Optional<PostedCase> post(EscalationCase escalation, EscalationTarget target) {
        Optional<GuildMessageChannel> channel = escalationChannel(escalation, target);
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        String conversation = link.get();
        Message posted = channel.get().sendMessage(renderer.render(escalation, conversation, target.mentionGroup(), 0)).complete();
        return Optional.of(PostedCase.posted(escalation, target,
                new PostedCase.Message(channel.get().getId(), posted.getId(), Optional.of(conversation))));
    }

    /** Edits the earlier case's count and replies to it with this conversation's link, pinging nobody again. */
    @Override
    public void alsoAsked(PostedCase earlier, EscalationCase similar, int moreAskers) {
        PostedCase.Message message = earlier.message().join();
        Optional<GuildMessageChannel> channel = escalationChannel(similar, earlier.target());
        if (channel.isEmpty()) {
            return;
        }
        channel.get().editMessageById(message.id(), renderer.recount(earlier.escalation(),
                message.conversation().orElse(""), earlier.target().mentionGroup(), moreAskers)).complete();
        channel.get().sendMessage(renderer.alsoAsked(similar, link.get())).setMessageReference(message.id()).complete();
    }

    /** Only a channel of the guild the question was asked in. */
    private Optional<GuildMessageChannel> escalationChannel(EscalationCase escalation, EscalationTarget target) {
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, target.channel());
        if (channel == null || !channel.getGuild().getId().equals(escalation.tenant())) {
            log.atWarn().addKeyValue("guild", escalation.tenant()).addKeyValue("channel", target.channel())
                    .log("the escalation channel is not a text channel of this guild that Docent can see");
            return Optional.empty();
        }
        return Optional.of(channel);
    }
}
