package dev.docent.discord.answer;

import dev.docent.core.question.ThreadMessage;
import java.util.List;

/**
 * A question as it came from Discord.
 *
 * @param guild         the guild: the tenant
 * @param channel       the channel whose settings apply (a thread's parent channel)
 * @param threadHistory what was said earlier in the thread (people's messages and Docent's answers), oldest first
 * @param source        "slash" or "mention", for metrics
 */
public record Asked(String text, String guild, String channel, String user, List<ThreadMessage> threadHistory, String source) {

    public Asked {
        threadHistory = List.copyOf(threadHistory);
    }
}
