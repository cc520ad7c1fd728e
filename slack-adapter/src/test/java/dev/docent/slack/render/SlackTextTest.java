package dev.docent.slack.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void specialMentionsBecomeVisibleText() {
        assertThat(SlackText.safe("<!channel> <!here|here> <!everyone> <!subteam^S1|@oncall> <@U1> a & b"))
                .isEqualTo("&lt;!channel&gt; &lt;!here|here&gt; &lt;!everyone&gt; &lt;!subteam^S1|@oncall&gt; &lt;@U1&gt; a &amp; b");
    }

    @Test
    void spelledOutCrowdMentionsAreBrokenButEmailsAndHandlesAreNot() {
        assertThat(SlackText.safe("ping @channel, @Here and @everyone; mail ops@channels.example or @dana"))
                .isEqualTo("ping @\u2060channel, @\u2060Here and @\u2060everyone; mail ops@channels.example or @dana");
    }

    @Test
    void markdownBoldBecomesSlackBold() {
        assertThat(SlackText.fromMarkdown("Click **Roll secret** then **Save**.")).isEqualTo("Click *Roll secret* then *Save*.");
        assertThat(SlackText.fromMarkdown("Ignore `**/dist/**` and **build**:\n```\nignores: [\"**/*.min.js\", \"**/out/**\"]\n```"))
                .as("code is shown as written").isEqualTo("Ignore `**/dist/**` and *build*:\n```\nignores: [\"**/*.min.js\", \"**/out/**\"]\n```");
    }

    @Test
    void linksEscapeTheirLabelAndTheirUrl() {
        assertThat(SlackText.link("https://d.example/a|b <c>", "Title > Section"))
                .isEqualTo("<https://d.example/a%7Cb%20%3Cc%3E|Title &gt; Section>");
    }

    @Test
    void onlyUserGroupIdsCanBeMentioned() {
        assertThat(SlackText.userGroupMention("S0ONCALL")).isEqualTo("<!subteam^S0ONCALL>");
        assertThatThrownBy(() -> SlackText.userGroupMention("channel> <!everyone")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortenCutsAtAWordAndSaysSo() {
        assertThat(SlackText.shorten("one two three four", 12)).isEqualTo("one two…");
        assertThat(SlackText.shorten("short", 12)).isEqualTo("short");
    }
}
