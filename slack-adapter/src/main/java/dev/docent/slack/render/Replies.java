package dev.docent.slack.render;

/**
 * What Docent says in plain words when it is not an answer: that it is working, that something
 * went wrong, what happened to a click. One place, so the tone stays the same everywhere.
 */
public final class Replies {

    public static final String WORKING = ":hourglass_flowing_sand: Looking through the docs…";
    public static final String FAILED = ":warning: Sorry, something went wrong on my side while I looked for an answer, "
            + "so I have none for you right now. Please try again in a minute; if it keeps happening, tell the team "
            + "that runs Docent.";
    public static final String NOT_IN_CHANNEL = "I'm not a member of this channel, so I can't answer here. Invite me with "
            + "`/invite @Docent`, or ask me in a direct message.";
    public static final String LOOPED_IN = ":raising_hand: I've looped in a person from the support team. "
            + "They'll follow up in this thread.";
    public static final String ALREADY_LOOPED_IN = "A person from the support team is already looped in on this question.";
    public static final String NO_ESCALATION_CHANNEL = ":warning: I could not bring in a person: no escalation channel "
            + "is set up for this workspace. Your request is recorded; please contact the support team directly.";
    public static final String ESCALATION_FAILED = ":warning: I could not reach the support team's escalation channel, "
            + "so nobody has been alerted yet. Your request is recorded; please contact the support team directly.";
    public static final String THANKS_HELPFUL = "Thanks for the feedback: glad it helped.";
    public static final String THANKS_NOT_HELPFUL = "Thanks for the feedback: it helps us improve the docs. "
            + "Use *Talk to a human* if you still need help.";
    public static final String ALREADY_VOTED = "You already gave feedback on this answer; your first vote stands.";
    public static final String ANSWER_UNKNOWN = "I no longer have a record of this answer, so I can't act on this button. "
            + "Please ask the question again.";
    public static final String REPORTING_IN_DM = "I'm not a member of this channel, so I'll report the reindex "
            + "in our direct messages.";
    public static final String NOT_ADMIN = "Sorry, only Docent admins can do that. Admins are set per workspace in "
            + "docent.yml (`tenants.<team id>.admins`: user ids or a user group).";

    private Replies() {
    }

    /** The question could not be taken (e.g. it was empty): Docent's own wording, made safe. */
    public static String refused(String reason) {
        return ":information_source: " + SlackText.safe(reason);
    }

    /** Docent cannot post an answer it has: say so where it can. */
    public static String couldNotShowAnswer(String error) {
        return ":warning: I found an answer but Slack would not let me show it (" + SlackText.safe(error)
                + "). Please try again, or ask in a direct message.";
    }
}
