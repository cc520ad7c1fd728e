package dev.docent.slack.install;

import com.slack.api.Slack;
import dev.docent.core.install.Installations;
import dev.docent.slack.web.SlackCallException;
import dev.docent.slack.web.SlackWeb;
import dev.docent.slack.web.SlackWorkspaces;

/** Each workspace that installed Docent, through the bot token it granted. */
public final class InstalledWorkspaces implements SlackWorkspaces {

    private final Slack slack;
    private final Installations installations;

    /** @param installations read on every reply: give it a cache in front of the store */
    public InstalledWorkspaces(Slack slack, Installations installations) {
        this.slack = slack;
        this.installations = installations;
    }

    @Override
    public SlackWeb web(String team) {
        return installations.find(team)
                .map(installation -> new SlackWeb(slack, installation.botToken()))
                .orElseThrow(() -> new SlackCallException("oauth", "not_installed"));
    }
}
