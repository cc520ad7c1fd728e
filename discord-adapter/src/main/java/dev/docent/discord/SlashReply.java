package dev.docent.discord;

import dev.docent.discord.answer.DiscordReply;
import dev.docent.discord.render.QuietMessages;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** The answer to {@code /docent ask}: the deferred reply, edited through the interaction's hook. */
record SlashReply(InteractionHook hook) implements DiscordReply {

    @Override
    public void send(MessageCreateData message) {
        hook.editOriginal(QuietMessages.asEdit(message)).complete();
    }

    @Override
    public String link() {
        return hook.retrieveOriginal().complete().getJumpUrl();
    }
}
