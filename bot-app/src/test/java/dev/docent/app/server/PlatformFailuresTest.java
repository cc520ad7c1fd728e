package dev.docent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.error.DocentException;
import dev.docent.core.error.UnavailableException;
import dev.docent.core.error.UserInputException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** A chat platform that does not start is reported in the adapter's words, never in its client library's. */
class PlatformFailuresTest {

    @Test
    void anUnreachablePlatformIsNamedWithTheReasonInDocentsWords() {
        DocentException failure = PlatformFailures.whenStarting("discord", new UncheckedIOException(
                "Cannot reach Discord at http://127.0.0.1:1/api/v10/: Connection refused (os error 111)",
                new ConnectException("Connection refused (os error 111)")));

        assertThat(failure).isInstanceOf(UnavailableException.class)
                .hasMessageStartingWith("Cannot reach Discord: connection refused.")
                .hasMessageNotContaining("os error");
        assertThat(((UnavailableException) failure).service()).isEqualTo("Discord");
    }

    @Test
    void theAdaptersOwnWordsAreKeptAndTheLibrarysDropped() {
        IllegalArgumentException bolt = new IllegalArgumentException("invalid_auth: com.slack.api.methods.SlackApiException");
        DocentException failure = PlatformFailures.whenStarting("slack", new IllegalArgumentException(
                "Slack did not accept SLACK_BOT_TOKEN (auth.test at http://slack.test/api/): " + bolt.getMessage(), bolt));

        assertThat(failure).isInstanceOf(UnavailableException.class)
                .hasMessageStartingWith("Slack did not accept SLACK_BOT_TOKEN (auth.test at http://slack.test/api/).")
                .hasMessageNotContaining("SlackApiException");
    }

    @Test
    void boltsInvalidTokenThatIsReallyAnUnreachableSlackIsCalledSo() {
        IllegalArgumentException bolt = new IllegalArgumentException("The token is invalid (error: Failed to connect to /127.0.0.1:1)");
        DocentException failure = PlatformFailures.whenStarting("slack", new IllegalArgumentException(
                "Slack did not accept SLACK_BOT_TOKEN (auth.test at http://127.0.0.1:1/api/): " + bolt.getMessage(), bolt));

        assertThat(failure).hasMessageStartingWith("Cannot reach Slack: the connection failed.");
    }

    @Test
    void aRefusedTokenKeepsItsAdvice() {
        DocentException failure = PlatformFailures.whenStarting("discord", new IllegalArgumentException(
                "Discord refused DISCORD_TOKEN: check the bot token in your application's Bot settings.",
                new RuntimeException("The provided token is invalid!")));

        assertThat(failure).hasMessageStartingWith(
                "Discord refused DISCORD_TOKEN: check the bot token in your application's Bot settings.");
    }

    @Test
    void aLibrarysBareMessageIsNotShown() {
        DocentException failure = PlatformFailures.whenStarting("slack",
                new IllegalStateException("Expected BEGIN_OBJECT but was STRING at line 1 column 1 path $"));

        assertThat(failure).isInstanceOf(UnavailableException.class)
                .hasMessageStartingWith("Slack did not start.").hasMessageNotContaining("BEGIN_OBJECT");
    }

    @Test
    void docentsOwnFailuresPassUnchanged() {
        UserInputException own = new UserInputException("SLACK_APP_TOKEN must be an app-level token (it starts with 'xapp-').");

        assertThat(PlatformFailures.whenStarting("slack", own)).isSameAs(own);
    }
}
