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

    @Test
    void aFeatureRequestForWhatNoPageNamesIsNotSurelySettled() {
        assertThat(UnmentionedRequest.verdict(Verdict.ANSWER, FEATURE_REQUEST, Set.of("allowNonIndexedObject")))
                .isEqualTo(Verdict.ANSWER_TENTATIVELY);
        assertThat(UnmentionedRequest.verdict(Verdict.NOT_IN_DOCS, FEATURE_REQUEST, Set.of("allowNonIndexedObject")))
                .isEqualTo(Verdict.NOT_IN_DOCS);
    }

    @Test
    void aFeatureRequestForWhatThePagesNameKeepsItsVerdict() {
        assertThat(UnmentionedRequest.verdict(Verdict.ANSWER, FEATURE_REQUEST, Set.of())).isEqualTo(Verdict.ANSWER);
    }

    /** A how-to or a bug report names the asker's own code, which no page holds. */
    @Test
    void otherQuestionsKeepTheirVerdict() {
        assertThat(UnmentionedRequest.verdict(Verdict.ANSWER, HOW_TO, Set.of("componentWillUnmount"))).isEqualTo(Verdict.ANSWER);
        assertThat(UnmentionedRequest.verdict(Verdict.ANSWER, Optional.empty(), Set.of("componentWillUnmount"))).isEqualTo(Verdict.ANSWER);
    }

    @Test
    void theAskerReadsWhichNamesThePagesDoNotMention() {
        assertThat(UnmentionedRequest.note(FEATURE_REQUEST, Set.of("max-functions-per-file")))
                .contains("The documentation does not mention `max-functions-per-file`.");
        assertThat(UnmentionedRequest.note(HOW_TO, Set.of("max-functions-per-file"))).isEmpty();
    }
}
