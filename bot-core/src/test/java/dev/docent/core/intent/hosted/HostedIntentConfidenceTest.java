package dev.docent.core.intent.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.docent.core.intent.hosted.ReplyLogprobs.TokenLogprob;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How sure a hosted label is, from what the provider said about the reply's tokens. */
class HostedIntentConfidenceTest {

    @Test
    void theReplysProbabilityIsTheProductOfItsTokens() {
        double confidence = HostedIntentClassifier.confidence("bug_report",
                List.of(new TokenLogprob("bug", Math.log(0.6)), new TokenLogprob("_report", Math.log(0.99))));

        assertThat(confidence).isCloseTo(0.6 * 0.99, within(1e-12));
    }

    @Test
    void whitespaceAroundTheLabelIsPartOfTheReplyItsProbabilityCounts() {
        double confidence = HostedIntentClassifier.confidence("outage",
                List.of(new TokenLogprob("outage", Math.log(0.9)), new TokenLogprob("\n", Math.log(0.5))));

        assertThat(confidence).isCloseTo(0.45, within(1e-12));
    }

    @Test
    void noLogprobsOrOnesThatDoNotSpellTheReplyGiveTheFixedConfidence() {
        assertThat(HostedIntentClassifier.confidence("billing", List.of())).isEqualTo(HostedIntentClassifier.UNSCORED_CONFIDENCE);
        assertThat(HostedIntentClassifier.confidence("billing", List.of(new TokenLogprob("bill", -0.1))))
                .isEqualTo(HostedIntentClassifier.UNSCORED_CONFIDENCE);
        assertThat(HostedIntentClassifier.confidence("billing", List.of(new TokenLogprob("billing", Double.NaN))))
                .isEqualTo(HostedIntentClassifier.UNSCORED_CONFIDENCE);
    }
}
