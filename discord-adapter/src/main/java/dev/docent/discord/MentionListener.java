package dev.docent.discord;

import dev.docent.discord.answer.Answering;
import dev.docent.discord.answer.Asked;
import dev.docent.discord.answer.ThreadHistory;
import java.util.Optional;
import dev.docent.core.desk.AnswerLanes;
import dev.docent.core.desk.Notices;
import dev.docent.discord.render.QuietMessages;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/**
 * A message that mentions Docent (or replies to it) in a guild channel or thread is a question;
 * in a thread, the thread's earlier messages come with it. Bots, webhooks and system messages are
 * ignored, so two bots can never talk to each other in a loop; {@code @everyone} and role
 * mentions do not count as asking Docent.
 */
final class MentionListener extends ListenerAdapter {

    private final Deliveries deliveries;
    private final Answering answering;
    private final AnswerLanes lanes;
    private final int historyLimit;

    MentionListener(Deliveries deliveries, Answering answering, AnswerLanes lanes, int historyLimit) {
        this.deliveries = deliveries;
        this.answering = answering;
        this.lanes = lanes;
        this.historyLimit = historyLimit;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        JDA jda = event.getJDA();
        if (!event.isFromGuild() || event.getAuthor().isBot() || event.getAuthor().isSystem() || event.isWebhookMessage()
                || !message.getMentions().isMentioned(jda.getSelfUser(), MentionType.USER)) {
            return;
        }
        String self = jda.getSelfUser().getId();
        String text = Pattern.compile("<@!?" + Pattern.quote(self) + ">").matcher(message.getContentRaw()).replaceAll(" ").strip();
        String guild = event.getGuild().getId();
        String channel = Channels.settingsChannel(event.getChannel());
        // The de-duplication record is an Elasticsearch write: never on the gateway's thread.
        boolean taken = lanes.offer(DiscordPlatform.PLATFORM, guild, channel, () -> {
            if (deliveries.first(Deliveries.MESSAGES, message.getId())) {
                answering.answer(jda, new Asked(text, guild, channel, event.getAuthor().getId(),
                        ThreadHistory.before(event.getChannel(), Optional.of(message.getId()), self, historyLimit), "mention"),
                        new MentionReply(message));
            }
        });
        if (!taken) {
            message.reply(QuietMessages.text(Notices.BUSY)).queue();
        }
    }
}
