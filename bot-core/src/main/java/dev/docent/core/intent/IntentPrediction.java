package dev.docent.core.intent;

/** What a message is about ("billing", "outage", ...) and how sure the classifier is, from 0 to 1. */
public record IntentPrediction(String intent, double confidence) {

    /**
     * The intents Docent's own rules read by name: the default escalation policy's, requests going to
     * the team, and the readings {@link CapabilityQuestions} takes back from a question whether the
     * product does something.
     */
    public static final String HOW_TO = "how_to";
    public static final String FEATURE_REQUEST = "feature_request";
    public static final String BUG_REPORT = "bug_report";
    public static final String OUTAGE = "outage";
    public static final String WANTS_HUMAN = "wants_human";
    public static final String COMPLAINT = "complaint";
    public static final String BILLING = "billing";
    public static final String ACCOUNT_ACCESS = "account_access";
}
