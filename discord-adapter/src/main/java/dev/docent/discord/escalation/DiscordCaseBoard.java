package dev.docent.discord.escalation;

import dev.docent.core.desk.CaseBoard;
import dev.docent.core.escalation.EscalationCase;
import dev.docent.core.tenant.EscalationTarget;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a case in the guild's moderators' channel, pinging only the guild's support role - and
 * only in a channel of the guild the question was asked in.
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
    public boolean post(EscalationCase escalation, EscalationTarget target) {
        GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, target.channel());
        if (channel == null || !channel.getGuild().getId().equals(escalation.tenant())) {
            log.atWarn().addKeyValue("guild", escalation.tenant()).addKeyValue("channel", target.channel())
                    .log("the escalation channel is not a text channel of this guild that Docent can see");
            return false;
        }
        channel.sendMessage(renderer.render(escalation, link.get(), target.mentionGroup())).complete();
        return true;
    }
}
