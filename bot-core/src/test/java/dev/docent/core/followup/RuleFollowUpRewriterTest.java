package dev.docent.core.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFollowUpRewriterTest {

    private final RuleFollowUpRewriter rule = new RuleFollowUpRewriter();

    @Test
    void followUpThatLeansOnTheThreadIsSearchedWithTheThreadsQuestion() {
        List<String> thread = List.of("How many times is a failed webhook retried?", "Up to 8 times over 24 hours. [1]");

        assertThat(rule.standalone("and how long does it wait between them?", thread))
                .isEqualTo("How many times is a failed webhook retried? and how long does it wait between them?");
        assertThat(rule.standalone("what about Team plan?", thread)).startsWith("How many times is a failed webhook retried?");
    }

    @Test
    void questionThatStandsAloneIsLeftAsItIs() {
        List<String> thread = List.of("How many times is a failed webhook retried?");

        assertThat(rule.standalone("How do I rotate the webhook signing secret?", thread))
                .isEqualTo("How do I rotate the webhook signing secret?");
    }

    @Test
    void firstQuestionOfAThreadIsLeftAsItIs() {
        assertThat(rule.standalone("and it?", List.of())).isEqualTo("and it?");
    }
}
