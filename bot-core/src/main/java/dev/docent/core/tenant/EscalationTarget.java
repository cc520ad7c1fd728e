package dev.docent.core.tenant;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * Where a tenant's escalations go: a channel, and the group to mention there (a Slack user group
 * id or a Discord role id) - the only mention Docent ever makes on purpose.
 */
public record EscalationTarget(
        @JsonProperty("channel") String channel,
        @JsonProperty("mention") String mention) {

    public Optional<String> mentionGroup() {
        return Optional.ofNullable(mention).filter(m -> !m.isBlank());
    }

    /** The same channel, pinging nobody: for a case posted while the group is already paged enough. */
    public EscalationTarget quiet() {
        return new EscalationTarget(channel, null);
    }
}
