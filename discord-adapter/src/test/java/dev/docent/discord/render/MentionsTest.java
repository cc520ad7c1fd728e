package dev.docent.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void everyoneHereUserAndRoleMentionsNoLongerLookLikePings() {
        String quiet = Mentions.neutralise("@everyone @Here <@123> <@!456> <@&789> mail@example.com <#42>");

        assertThat(quiet).isEqualTo("@\u200Beveryone @\u200BHere <@\u200B123> <@\u200B!456> <@\u200B&789> mail@example.com <#42>");
    }

    @Test
    void nullAndPlainTextAreSafe() {
        assertThat(Mentions.neutralise(null)).isEmpty();
        assertThat(Mentions.neutralise("no mentions")).isEqualTo("no mentions");
    }
}
