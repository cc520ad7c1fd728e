package dev.docent.discord;

import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;

/** Which channel's docent.yml settings apply where a message was posted. */
final class Channels {

    private Channels() {
    }

    /** A thread follows its parent channel's settings (a thread of a public channel is public). */
    static String settingsChannel(Channel channel) {
        return channel instanceof ThreadChannel thread ? thread.getParentChannel().getId() : channel.getId();
    }
}
