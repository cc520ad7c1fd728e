package dev.docent.lab.bench.serve;

import dev.docent.core.desk.Notices;
import dev.docent.slack.render.Replies;

/** What became of a question's placeholder. */
public enum Outcome {
    /** Replaced by anything but the placeholder or one of the two notices below: an answer (or a decline). */
    ANSWERED("answered", "answered"),
    /** Replaced by "I'm answering a lot of questions right now..." ({@link Notices#BUSY}). */
    BUSY("busy", "busy"),
    /** Replaced by "Sorry, something went wrong on my side..." ({@link Notices#FAILED}). */
    FAILED("something went wrong", "somethingWentWrong"),
    /** Never replaced (or never posted) within the wait after the run. */
    NOTHING("nothing", "nothing");

    private static final String BUSY_TEXT = Replies.notice(Notices.BUSY);
    private static final String FAILED_TEXT = Replies.notice(Notices.FAILED);

    private final String label;
    private final String key;

    Outcome(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** The name in --json output. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether a message's text is Docent's "Looking through the docs" placeholder. */
    static boolean isPlaceholder(String text) {
        return text.contains(Notices.WORKING);
    }

    /** What a placeholder's replacement says; never called with the placeholder itself. */
    static Outcome ofReplacement(String text) {
        if (text.contains(BUSY_TEXT)) {
            return BUSY;
        }
        if (text.contains(FAILED_TEXT)) {
            return FAILED;
        }
        return ANSWERED;
    }
}
