package dev.docent.slack.web;

import java.util.Optional;

/**
 * A message Docent posted or answers to: its channel, its timestamp (Slack's message id), and the
 * thread it belongs to, if any.
 */
public record MessageRef(String channel, String ts, Optional<String> threadTs) {

    /** The thread to reply in so that the reply sits beside this message: its thread, or a new one under it. */
    public String replyThread() {
        return threadTs.orElse(ts);
    }
}
