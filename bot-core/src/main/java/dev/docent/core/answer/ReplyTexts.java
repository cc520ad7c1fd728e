package dev.docent.core.answer;

import dev.docent.core.intent.IntentPrediction;
import java.util.Optional;

/** The words of the replies that are not answers, in one place so that every platform says the same. */
public final class ReplyTexts {

    public static final String NOT_FOUND = "I could not find this in the documentation, so I won't guess. "
            + "Would you like me to bring in a person from the support team?";

    private ReplyTexts() {
    }

    /** The heading over an answer's related pages: where to read on, or the closest Docent found. */
    public static String relatedPagesHeading(Answer answer) {
        return answer.grounded() ? "Pages to read" : "Closest pages (they may not answer this)";
    }

    /**
     * For a feature request or bug report that the documentation does not clearly settle: handed to
     * the team when the decision escalates, else a person is on offer.
     */
    public static String requestNoted(Optional<String> intent, Action action) {
        String kind = intent.filter(IntentPrediction.BUG_REPORT::equals).isPresent() ? "a bug report" : "a feature request";
        String next = action == Action.ESCALATE
                ? "so I have passed it to the support team: a person will follow up here."
                : "so a person from the support team is the one to take it - ask for one if you like.";
        return "This reads like " + kind + ", and as far as I can tell the documentation does not settle it, " + next
                + " The closest pages I found are listed below.";
    }
}
