package dev.docent.core.install;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Docent installed in a chat workspace that is not the team's own: the workspace (the tenant)
 * and the bot token it granted. Its text form never shows the token.
 *
 * @param team          the workspace's id, which is its tenant id
 * @param enterprise    the Enterprise Grid organisation the workspace belongs to, if any
 * @param installerUser who installed Docent
 * @param scopes        what the token may do, comma-separated as the platform lists them
 */
public record Installation(String team, Optional<String> enterprise, String botToken, String botUserId, String botId,
                           String appId, String installerUser, String scopes, Instant installedAt) {

    public Installation {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(installedAt, "installedAt");
    }

    @Override
    public String toString() {
        return "Installation[team=" + team + ", enterprise=" + enterprise.orElse("-") + ", botUserId=" + botUserId
                + ", botId=" + botId + ", appId=" + appId + ", installedAt=" + installedAt + ", botToken=(hidden)]";
    }
}
