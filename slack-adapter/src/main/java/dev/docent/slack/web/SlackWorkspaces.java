package dev.docent.slack.web;

/**
 * The Slack Web API as each workspace lets Docent use it: with the bot token that workspace
 * granted. A team's own app has one token for its one workspace; an app installed by many
 * workspaces has one per workspace, and every reply must go out with the token of the workspace
 * the question came from.
 */
@FunctionalInterface
public interface SlackWorkspaces {

    /**
     * The Web API for the workspace {@code team}.
     *
     * @throws SlackCallException ({@code not_installed}) when Docent has no token for that workspace
     */
    SlackWeb web(String team);

    /** One workspace, one token: whatever the team, the same calls. */
    static SlackWorkspaces one(SlackWeb web) {
        return team -> web;
    }
}
