package dev.docent.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void noSlackVariablesMeansNoSlack() {
        assertThat(SlackSettings.fromEnvironment(Map.of())).isEmpty();
    }

    @Test
    void signingSecretMeansHttpModeAppTokenMeansSocketMode() {
        SlackSettings http = SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s"))
                .orElseThrow();
        SlackSettings socket = SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
                "SLACK_API_URL", "https://slack-gov.com/api")).orElseThrow();

        assertThat(http.socketMode()).isFalse();
        assertThat(http.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(socket.socketMode()).isTrue();
        assertThat(socket.apiUrl()).isEqualTo("https://slack-gov.com/api/");
    }

    @Test
    void halfAConfigurationSaysWhatIsMissing() {
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessageContaining("SLACK_SIGNING_SECRET").hasMessageContaining("SLACK_APP_TOKEN");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_SIGNING_SECRET", "s")))
                .hasMessageContaining("SLACK_BOT_TOKEN is not set");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xoxb-2")))
                .hasMessageContaining("xapp-");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s",
                "SLACK_API_URL", "ftp://x"))).hasMessageContaining("SLACK_API_URL");
    }

    @Test
    void clientIdAndSecretMeanInstalledByManyWorkspacesWithTheManifestsScopes() {
        SlackSettings settings = SlackSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "111.222", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_SIGNING_SECRET", "s", "SLACK_TOKEN_KEY", KEY)).orElseThrow();

        SlackOAuthSettings oauth = settings.oauth().orElseThrow();
        assertThat(settings.botToken()).isEmpty();
        assertThat(oauth.clientId()).isEqualTo("111.222");
        assertThat(oauth.scopes()).isEqualTo(SlackOAuthSettings.DEFAULT_SCOPES).contains("chat:write", "app_mentions:read");
        assertThat(oauth.redirectUri()).isEmpty();
        assertThat(oauth.toString()).doesNotContain("cs,").contains("clientSecret=(hidden)");
        assertThat(SlackSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "1", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_SIGNING_SECRET", "s", "SLACK_TOKEN_KEY", KEY, "SLACK_SCOPES", "chat:write, commands",
                "SLACK_REDIRECT_URI", "https://docent.example.com/slack/oauth_redirect")).orElseThrow().oauth().orElseThrow())
                .satisfies(o -> {
                    assertThat(o.scopes()).isEqualTo("chat:write,commands");
                    assertThat(o.redirectUri()).contains("https://docent.example.com/slack/oauth_redirect");
                });
    }

    @Test
    void aDistributedAppWithoutItsKeyOrWithHalfItsCredentialsDoesNotStart() {
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "1", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_SIGNING_SECRET", "s"))).hasMessageStartingWith("SLACK_TOKEN_KEY is not set");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "1", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_SIGNING_SECRET", "s", "SLACK_TOKEN_KEY", "c2hvcnQ=")))
                .hasMessage("SLACK_TOKEN_KEY must be 32 bytes in base64 (openssl rand -base64 32), was 5 bytes.");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "1", "SLACK_SIGNING_SECRET", "s",
                "SLACK_TOKEN_KEY", KEY))).hasMessageContaining("SLACK_CLIENT_SECRET is not set");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "1", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_TOKEN_KEY", KEY))).hasMessageContaining("needs SLACK_SIGNING_SECRET");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "1", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_SIGNING_SECRET", "s", "SLACK_TOKEN_KEY", KEY, "SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_CLIENT_ID", "1", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_SIGNING_SECRET", "s", "SLACK_TOKEN_KEY", KEY, "SLACK_REDIRECT_URI", "docent.example.com/x")))
                .hasMessageContaining("SLACK_REDIRECT_URI");
    }
}
