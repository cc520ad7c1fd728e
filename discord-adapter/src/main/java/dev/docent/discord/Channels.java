package dev.docent.discord;

import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;

/** Which channel's docent.yml settings apply where a message was posted. */
final class Channels {

    private Channels() {
    }

    /**
     * A thread follows its parent channel's settings (a thread of a public channel is public). A
     * thread JDA cannot place in its guild's cache keeps its own id, so the guild's settings apply.
     */
    static String settingsChannel(Channel channel) {
        if (channel instanceof ThreadChannel thread) {
            try {
                return thread.getParentChannel().getId();
            } catch (RuntimeException detached) {
                return channel.getId();
            }
        }
        return channel.getId();
    }
}
