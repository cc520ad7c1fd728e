package dev.docent.slack;

import dev.docent.core.install.TokenCipher;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * How workspaces install Docent through Slack's OAuth flow: the app's credentials, the scopes
 * asked for, where Slack sends the installer back, and the key that seals the tokens workspaces
 * grant before they are stored. Its text form shows no secret.
 *
 * @param scopes      bot scopes, comma-separated
 * @param redirectUri sent to Slack when set; else Slack uses the app's only redirect URL
 */
public record SlackOAuthSettings(String clientId, String clientSecret, String scopes, Optional<String> redirectUri,
                                 TokenCipher tokenCipher) {

    /** What the app manifest in docs/slack.md asks for. */
    public static final String DEFAULT_SCOPES = "app_mentions:read,chat:write,commands,channels:history,groups:history,"
            + "im:history,mpim:history,usergroups:read,users:read";

    /** Empty without SLACK_CLIENT_ID and SLACK_CLIENT_SECRET; half of it, or a missing or bad key, is an error. */
    static Optional<SlackOAuthSettings> fromEnvironment(Map<String, String> env) {
        Optional<String> clientId = SlackSettings.value(env, "SLACK_CLIENT_ID");
        Optional<String> clientSecret = SlackSettings.value(env, "SLACK_CLIENT_SECRET");
        if (clientId.isEmpty() && clientSecret.isEmpty()) {
            return Optional.empty();
        }
        if (clientId.isEmpty() || clientSecret.isEmpty()) {
            throw new IllegalArgumentException("Installing Docent in many workspaces needs both SLACK_CLIENT_ID and "
                    + "SLACK_CLIENT_SECRET (Basic Information > App Credentials); " + (clientId.isEmpty()
                    ? "SLACK_CLIENT_ID" : "SLACK_CLIENT_SECRET") + " is not set.");
        }
        String key = SlackSettings.value(env, "SLACK_TOKEN_KEY").orElseThrow(() -> new IllegalArgumentException(
                "SLACK_TOKEN_KEY is not set: installing Docent in many workspaces stores their bot tokens encrypted with it. "
                        + "Make one with: openssl rand -base64 32 (and keep it: stored tokens need the same key)."));
        Optional<String> redirectUri = SlackSettings.value(env, "SLACK_REDIRECT_URI");
        redirectUri.map(URI::create).filter(uri -> !"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()))
                .ifPresent(uri -> {
                    throw new IllegalArgumentException("SLACK_REDIRECT_URI must be the https URL of Docent's "
                            + "/slack/oauth_redirect, was: " + uri);
                });
        return Optional.of(new SlackOAuthSettings(clientId.get(), clientSecret.get(),
                SlackSettings.value(env, "SLACK_SCOPES").orElse(DEFAULT_SCOPES).replace(" ", ""), redirectUri,
                TokenCipher.fromBase64Key(key, "SLACK_TOKEN_KEY")));
    }

    @Override
    public String toString() {
        return "SlackOAuthSettings[clientId=" + clientId + ", scopes=" + scopes + ", redirectUri=" + redirectUri.orElse("-")
                + ", clientSecret=(hidden), tokenCipher=(hidden)]";
    }
}
