package dev.docent.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

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
}
