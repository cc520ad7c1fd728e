package dev.docent.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.relevance.Verdict;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnmentionedRequestTest {

    private static final Optional<IntentPrediction> FEATURE_REQUEST = Optional.of(new IntentPrediction("feature_request", 0.9));
    private static final Optional<IntentPrediction> HOW_TO = Optional.of(new IntentPrediction("how_to", 0.9));
    private static final Optional<IntentPrediction> BUG_REPORT = Optional.of(new IntentPrediction("bug_report", 0.9));

    @Test
    void onlyAFeatureRequestTheDocsSeemToSettleIsCheckedForNames() {
        assertThat(UnmentionedRequest.worthChecking(Verdict.ANSWER, FEATURE_REQUEST)).isTrue();
        assertThat(UnmentionedRequest.worthChecking(Verdict.ANSWER_TENTATIVELY, FEATURE_REQUEST)).isFalse();
        assertThat(UnmentionedRequest.worthChecking(Verdict.NOT_IN_DOCS, FEATURE_REQUEST)).isFalse();
    }

    /** A how-to or a bug report names the asker's own code ({@code componentWillUnmount}), which no page holds. */
    @Test
    void otherQuestionsAreNotCheckedForNames() {
        assertThat(UnmentionedRequest.worthChecking(Verdict.ANSWER, HOW_TO)).isFalse();
        assertThat(UnmentionedRequest.worthChecking(Verdict.ANSWER, BUG_REPORT)).isFalse();
        assertThat(UnmentionedRequest.worthChecking(Verdict.ANSWER, Optional.empty())).isFalse();
    }

    @Test
    void aRequestForWhatNoPageNamesIsNotSurelySettled() {
        assertThat(UnmentionedRequest.verdict(Verdict.ANSWER, Set.of("allowNonIndexedObject"))).isEqualTo(Verdict.ANSWER_TENTATIVELY);
        assertThat(UnmentionedRequest.verdict(Verdict.ANSWER, Set.of())).isEqualTo(Verdict.ANSWER);
    }

    @Test
    void theAskerReadsWhichNamesThePagesDoNotMention() {
        assertThat(UnmentionedRequest.note(Set.of("max-functions-per-file")))
                .contains("The documentation does not mention `max-functions-per-file`.");
        assertThat(UnmentionedRequest.note(Set.of())).isEmpty();
    }
}
