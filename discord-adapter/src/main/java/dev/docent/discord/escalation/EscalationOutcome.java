package dev.docent.discord.escalation;

/** What came of bringing in a person, and what the asker is told about it. */
public enum EscalationOutcome {
    /** The case is in the moderators' channel. */
    POSTED("I've passed your question to the moderators: a person from the team will follow up here."),
    /** The case was opened before (another click, another replica): nobody is paged twice. */
    ALREADY_OPEN("The moderators already have this question: a person from the team will follow up here."),
    /** The guild has no escalation channel in docent.yml; the case is kept, but nobody was alerted. */
    NOT_CONFIGURED("This server has no moderators' channel set up for Docent, so I could not alert anyone. "
            + "Please ask a moderator directly."),
    /** The channel is configured but Docent cannot post there (unknown channel, missing permission, Discord error). */
    UNREACHABLE("I could not reach the moderators' channel, so nobody was alerted. Please ask a moderator directly.");

    private final String notice;

    EscalationOutcome(String notice) {
        this.notice = notice;
    }

    /** The "Talk to a human" button once this happened: asking again would change nothing. */
    public String buttonLabel() {
        return handedOver() ? "A person has been asked" : "Please ask a moderator";
    }

    public String notice() {
        return notice;
    }

    /** Whether a person has (or already had) the question. */
    public boolean handedOver() {
        return this == POSTED || this == ALREADY_OPEN;
    }
}
