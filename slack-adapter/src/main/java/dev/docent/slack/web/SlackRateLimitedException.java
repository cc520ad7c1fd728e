package dev.docent.slack.web;

import java.time.Duration;
import java.util.Optional;

/** Slack answered 429: the call may be tried again after {@link #retryAfter()}, if Slack said. */
public final class SlackRateLimitedException extends SlackCallException {

    private final Optional<Duration> retryAfter;

    SlackRateLimitedException(String method, Optional<Duration> retryAfter, Throwable cause) {
        super(method, "ratelimited", cause);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
