package dev.docent.core.desk;

/** What came of bringing in a person, and what the asker is told about it. */
public enum Handover {
    /** The case is in the team's channel. */
    POSTED(Notices.LOOPED_IN),
    /** The case was opened before (another click, another replica): nobody is paged twice. */
    ALREADY_OPEN(Notices.ALREADY_LOOPED_IN),
    /** No escalation channel is configured for this workspace or server: the case is kept, nobody was alerted. */
    NOT_CONFIGURED(Notices.NO_ESCALATION_CHANNEL),
    /** The channel is configured but the platform would not take the case: nobody was alerted. */
    UNREACHABLE(Notices.ESCALATION_FAILED),
    /** Docent could not even record the request (e.g. Elasticsearch is down): the asker is asked to try again. */
    FAILED(Notices.HANDOVER_FAILED);

    private final String notice;

    Handover(String notice) {
        this.notice = notice;
    }

    public String notice() {
        return notice;
    }

    /** Whether a person has (or already had) the question. */
    public boolean handedOver() {
        return this == POSTED || this == ALREADY_OPEN;
    }
}
