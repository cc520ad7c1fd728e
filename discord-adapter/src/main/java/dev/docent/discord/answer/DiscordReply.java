package dev.docent.discord.answer;

import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** How an answer reaches the asker: the edited deferred reply of a slash command, or a reply to a mention. */
public interface DiscordReply {

    /** Sends the answer and waits until Discord has it. */
    void send(MessageCreateData message);

    /** A link to the conversation, for the moderators; may ask Discord (only called when a case is posted). */
    String link();
}
