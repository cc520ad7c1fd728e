package dev.docent.discord.render;

import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Every message Docent sends starts here: its {@code allowed_mentions} ping nobody - not
 * {@code @everyone}, not a role, not a user, not the author of a message it replies to. The one
 * exception, the support role on an escalation, is added explicitly by the case renderer.
 */
public final class QuietMessages {

    private QuietMessages() {
    }

    public static MessageCreateBuilder builder() {
        return new MessageCreateBuilder()
                .setAllowedMentions(EnumSet.noneOf(MentionType.class))
                .mentionRepliedUser(false);
    }

    /** A plain text message (e.g. a refusal), neutralised and cut to Discord's content limit. */
    public static MessageCreateData text(String text) {
        return builder().setContent(TextFit.fit(Mentions.neutralise(text), DiscordLimits.CONTENT)).build();
    }

    /** The same message as an edit that replaces whatever the original showed, allowed mentions included. */
    public static MessageEditData asEdit(MessageCreateData message) {
        return MessageEditData.fromCreateData(message);
    }
}
