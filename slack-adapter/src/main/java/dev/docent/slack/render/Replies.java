package dev.docent.slack.render;

import dev.docent.core.desk.Notices;

/**
 * What Docent says in Slack when it is not an answer: the desk's {@link Notices}, made safe for
 * Slack, and the few things only Slack has (channel membership, the reindex report's place).
 */
public final class Replies {

    public static final String WORKING = ":hourglass_flowing_sand: " + Notices.WORKING;
    public static final String NOT_IN_CHANNEL = "I'm not a member of this channel, so I can't answer here. Invite me with "
            + "`/invite @Docent`, or ask me in a direct message.";
    public static final String REPORTING_IN_DM = "I'm not a member of this channel, so I'll report the reindex "
            + "in our direct messages.";

    private Replies() {
    }

    /** One of the desk's notices, or a question refused in Docent's words: made safe for Slack. */
    public static String notice(String text) {
        return SlackText.safe(text);
    }

    /** Said in the asker's direct messages when the channel they asked in kept refusing the answer. */
    public static String answeredInPrivate(String channel) {
        return ":warning: Slack kept refusing my answer in <#" + SlackText.safe(channel) + "> (too many messages "
                + "there just now), so here it is:";
    }

    /** Docent cannot post an answer it has: say so where it can. */
    public static String couldNotShowAnswer(String error) {
        return ":warning: I found an answer but Slack would not let me show it (" + SlackText.safe(error)
                + "). Please try again, or ask in a direct message.";
    }
}
