package dev.docent.slack.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackMarkupTest {

    @Test
    void docentsMentionGoesOtherMarkupBecomesWords() {
        assertThat(SlackMarkup.toPlainText("<@UDOCENT> how do I  rotate the secret &amp; keys for <#C1|ops>, "
                + "asks <@U2|dana> re <https://x.example/a|this page> &lt;3", "UDOCENT"))
                .isEqualTo("how do I rotate the secret & keys for #ops, asks @dana re this page <3");
    }

    @Test
    void specialMentionsAreKeptAsWordsNotMarkup() {
        assertThat(SlackMarkup.toPlainText("why does <!channel> ping? <!subteam^S1>", "UDOCENT"))
                .isEqualTo("why does @channel ping? @subteam");
    }
}
