package dev.docent.slack.web;

/**
 * A failure as a log line may show it: Slack's error code, or the exception's type. Exception
 * messages from the answer pipeline can quote the user's question, which logs must never carry.
 */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable failure) {
        return failure instanceof SlackCallException slack ? slack.getMessage() : failure.getClass().getName();
    }
}
