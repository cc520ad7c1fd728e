package dev.docent.slack.question;

import java.util.Objects;
import java.util.Optional;

/**
 * A Slack message that may ask Docent something, as the Events API delivered it.
 *
 * @param team      the workspace (team id): Docent's tenant
 * @param text      the raw Slack text, markup and mentions included
 * @param ts        the message's own timestamp (its id)
 * @param threadTs  the thread it was posted in, if any
 * @param botUserId Docent's own user id in this workspace (to strip "@Docent" from the text)
 */
public record IncomingMessage(String team, String channel, String user, String text, String ts,
                              Optional<String> threadTs, String botUserId) {

    public IncomingMessage {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(user, "user");
        text = text == null ? "" : text;
        Objects.requireNonNull(ts, "ts");
        threadTs = threadTs.filter(t -> !t.isBlank());
    }

    /** Whether the message is a reply inside a thread (not the thread's first message). */
    public boolean inThread() {
        return threadTs.isPresent() && !threadTs.get().equals(ts);
    }
}
