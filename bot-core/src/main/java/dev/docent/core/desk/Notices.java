package dev.docent.core.desk;

import java.util.List;

/**
 * Everything Docent says in plain words when it is not an answer, on every platform: one
 * vocabulary, so Slack and Discord users read the same. Plain text, no platform markup.
 */
public final class Notices {

    public static final String WORKING = "Looking through the docs…";
    public static final String FAILED = "Sorry, something went wrong on my side while I looked for an answer, so I have "
            + "none for you right now. Please try again in a minute; if it keeps happening, tell the team that runs Docent.";
    public static final String LOOPED_IN = "I've looped in a person from the team. They'll follow up here.";
    public static final String ALREADY_LOOPED_IN = "A person from the team already has this question. They'll follow up here.";
    public static final String NO_ESCALATION_CHANNEL = "I could not bring in a person: no escalation channel is set up "
            + "for this workspace or server. Your request is recorded; please contact the team directly.";
    public static final String ESCALATION_FAILED = "I could not reach the team's escalation channel, so nobody has been "
            + "alerted yet. Your request is recorded; please contact the team directly.";
    public static final String BUSY = "I'm answering a lot of questions right now and could not take yours. "
            + "Please ask again in a minute.";
    public static final String HANDOVER_FAILED = "Sorry, something went wrong on my side and I could not bring in a "
            + "person. Please try again in a minute.";
    public static final String CLICK_FAILED = "Sorry, something went wrong on my side and I could not record that. "
            + "Please try again in a minute.";
    public static final String THANKS_HELPFUL = "Thanks for the feedback: glad it helped.";
    public static final String THANKS_NOT_HELPFUL = "Thanks for the feedback: it helps us improve the docs. "
            + "Use \"Talk to a human\" if you still need help.";
    public static final String ALREADY_VOTED = "You already gave feedback on this answer; your first vote stands.";
    public static final String ANSWER_UNKNOWN = "I no longer have a record of this answer, so this button does nothing. "
            + "Please ask the question again.";
    public static final String NOT_ADMIN = "Only Docent's admins can do that: the admins set for this workspace or "
            + "server in Docent's configuration (users or groups), and its own owners and administrators. Nothing was changed.";
    public static final String NOTHING_TO_REINDEX = "This channel has no knowledge bases Docent can reindex from a source it knows.";
    public static final String REINDEX_FAILED = "an error on my side (the logs have the details)";
    public static final String STATUS_FAILED = "I could not read the status right now. Please try again in a minute.";

    public static final String TAUGHT = "Saved as a team answer. The next person who asks this, or something like it, "
            + "gets it with a link to this thread. It stays internal until someone publishes it on the admin page.";
    public static final String TEACH_NOT_A_CASE = "Save as answer works on a reply to one of Docent's escalation cases "
            + "(in the case's thread, or replying to the case). Nothing was saved.";
    public static final String TEACH_EMPTY = "That message has no text to save as an answer. Nothing was saved.";
    public static final String TEACH_NOT_ALLOWED = "Only the support team can save answers: the group Docent pages for "
            + "escalations, and Docent's admins. Nothing was saved.";
    public static final String TEACH_FAILED = "Sorry, something went wrong on my side and the answer was not saved. "
            + "Please try again in a minute.";

    private Notices() {
    }

    /** A knowledge base this place may not reindex, or that does not exist: said without naming anything it may not see. */
    public static String cannotReindex(String requested, List<String> reindexable) {
        return "'%s' is not a knowledge base this channel can reindex. %s".formatted(requested,
                reindexable.isEmpty() ? "It has none." : "Its knowledge bases: " + String.join(", ", reindexable) + ".");
    }
}
