package dev.docent.discord;

import dev.docent.discord.answer.DiscordReply;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** The answer to a mention: a reply to the message (which pings nobody, its author included). */
record MentionReply(Message question) implements DiscordReply {

    @Override
    public void send(MessageCreateData message) {
        question.reply(message).complete();
    }

    @Override
    public String link() {
        return question.getJumpUrl();
    }
}
