package dev.docent.core.question;

import java.util.Objects;

/**
 * Where a question is asked: a tenant (a Slack workspace or a Discord guild), one of its channels,
 * and whether that channel is public. Which knowledge bases may answer depends on it.
 */
public record Place(String tenant, String channel, Visibility visibility) {

    public Place {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(visibility, "visibility");
    }

    /** The local console: one private place on the operator's machine. */
    public static Place console() {
        return new Place("local", "console", Visibility.PRIVATE);
    }
}
