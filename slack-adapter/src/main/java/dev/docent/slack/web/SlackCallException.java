package dev.docent.slack.web;

/** A Slack Web API call that failed, with Slack's error code (e.g. "not_in_channel"). */
public class SlackCallException extends RuntimeException {

    private final String method;
    private final String error;

    public SlackCallException(String method, String error) {
        this(method, error, null);
    }

    public SlackCallException(String method, String error, Throwable cause) {
        super("Slack " + method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }

    /** The bot cannot post where it was asked to: it is not a member, or cannot see the channel. */
    public boolean notInChannel() {
        return "not_in_channel".equals(error) || "channel_not_found".equals(error);
    }
}
