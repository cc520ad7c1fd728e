package dev.docent.slack;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How Docent connects to Slack, from the environment (secrets never come from a file).
 * A bot token plus a signing secret means HTTP mode (Slack posts to {@code /slack/events}); a
 * bot token plus an app-level token ({@code xapp-...}) means Socket Mode (Docent dials out, no
 * public URL needed). A client id and secret instead of the bot token mean Docent is distributed
 * to many workspaces: each installs it through Slack's OAuth flow and gets its own bot token.
 *
 * @param botToken         the one workspace's bot token; empty when distributed
 * @param apiUrl           the Web API base URL, ending in a slash (GovSlack, proxies and tests change it)
 * @param progressInterval the least time between two edits of a reindex progress message
 * @param oauth            how workspaces install Docent, when it is distributed
 */
public record SlackSettings(Optional<String> botToken, Optional<String> signingSecret, Optional<String> appToken, String apiUrl,
                            Duration progressInterval, Optional<SlackOAuthSettings> oauth) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    /** Slack allows roughly 50 chat.update calls a minute; one every two seconds leaves room for answers. */
    public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(2);

    public SlackSettings {
        if (botToken.isPresent() == oauth.isPresent()) {
            throw new IllegalArgumentException("Slack needs either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and "
                    + "SLACK_CLIENT_SECRET (installed by many workspaces), not both.");
        }
        if (oauth.isPresent() && (signingSecret.isEmpty() || appToken.isPresent())) {
            throw new IllegalArgumentException("Installing Docent in many workspaces (SLACK_CLIENT_ID) runs in HTTP mode: "
                    + "it needs SLACK_SIGNING_SECRET, and SLACK_APP_TOKEN must not be set.");
        }
        if (signingSecret.isEmpty() && appToken.isEmpty()) {
            throw new IllegalArgumentException("Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) "
                    + "besides SLACK_BOT_TOKEN.");
        }
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /**
     * The settings the environment gives, or empty when Slack is not configured at all (no
     * SLACK_* variable). Half a configuration is an error that says what is missing.
     */
    public static Optional<SlackSettings> fromEnvironment(Map<String, String> env) {
        Optional<String> botToken = value(env, "SLACK_BOT_TOKEN");
        Optional<String> signingSecret = value(env, "SLACK_SIGNING_SECRET");
        Optional<String> appToken = value(env, "SLACK_APP_TOKEN");
        Optional<SlackOAuthSettings> oauth = SlackOAuthSettings.fromEnvironment(env);
        if (botToken.isEmpty() && oauth.isEmpty()) {
            if (signingSecret.isPresent() || appToken.isPresent()) {
                throw new IllegalArgumentException("SLACK_BOT_TOKEN is not set: Slack needs the bot token (xoxb-...) "
                        + "besides SLACK_SIGNING_SECRET or SLACK_APP_TOKEN (or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to be "
                        + "installed by many workspaces).");
            }
            return Optional.empty();
        }
        appToken.filter(t -> !t.startsWith("xapp-")).ifPresent(t -> {
            throw new IllegalArgumentException("SLACK_APP_TOKEN must be an app-level token (it starts with 'xapp-').");
        });
        String apiUrl = value(env, "SLACK_API_URL").orElse(DEFAULT_API_URL);
        URI uri = URI.create(apiUrl);
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_API_URL
                    + ", was: " + apiUrl);
        }
        return Optional.of(new SlackSettings(botToken, signingSecret, appToken, apiUrl, DEFAULT_PROGRESS_INTERVAL, oauth));
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    public SlackSettings withProgressInterval(Duration interval) {
        return new SlackSettings(botToken, signingSecret, appToken, apiUrl, interval, oauth);
    }

    static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
