package dev.docent.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.answer.Action;
import dev.docent.core.answer.Decision;
import dev.docent.core.answer.Reply;
import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.question.Place;
import dev.docent.core.question.Visibility;
import dev.docent.core.relevance.Verdict;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntentEscalationPolicyTest {

    private static final Place COMMUNITY = new Place("G-community", "help", Visibility.PUBLIC);
    private static final Place ENTERPRISE = new Place("T-enterprise", "support", Visibility.PRIVATE);

    private final IntentEscalationPolicy defaults = IntentEscalationPolicy.defaults();

    @Test
    void outageIsHandedToAPersonWithAReasonAPersonCanRead() {
        Decision decision = defaults.decide(COMMUNITY, intent("outage", 0.93), Verdict.ANSWER);

        assertThat(decision.action()).isEqualTo(Action.ESCALATE);
        assertThat(decision.reason()).contains("The question reads as outage (confidence 0.93), which goes to a person.");
    }

    @Test
    void wantsHumanAndComplaintEscalateByDefault() {
        assertThat(defaults.decide(COMMUNITY, intent("wants_human", 0.8), Verdict.ANSWER).action()).isEqualTo(Action.ESCALATE);
        assertThat(defaults.decide(COMMUNITY, intent("complaint", 0.8), Verdict.NOT_IN_DOCS).action()).isEqualTo(Action.ESCALATE);
    }

    @Test
    void billingIsAnsweredWithTheOfferOfAPerson() {
        Decision decision = defaults.decide(COMMUNITY, intent("billing", 0.7), Verdict.ANSWER);

        assertThat(decision.action()).isEqualTo(Action.ANSWER_AND_OFFER_HUMAN);
        assertThat(decision.reason()).contains("The question reads as billing (confidence 0.70), which is answered with the offer of a person.");
    }

    @Test
    void belowTheMinimumConfidenceTheIntentDoesNotDecide() {
        assertThat(defaults.decide(COMMUNITY, intent("outage", 0.3), Verdict.ANSWER)).isEqualTo(Decision.answer());
    }

    @Test
    void questionTheDocsCannotAnswerOffersAPersonWhateverItsIntent() {
        assertThat(defaults.decide(COMMUNITY, intent("how_to", 0.9), Verdict.NOT_IN_DOCS))
                .isEqualTo(Decision.offerHuman(EscalationPolicy.NOT_FOUND_REASON).withReply(Reply.NOT_IN_DOCS));
        assertThat(defaults.decide(COMMUNITY, Optional.empty(), Verdict.NOT_IN_DOCS))
                .isEqualTo(Decision.offerHuman(EscalationPolicy.NOT_FOUND_REASON).withReply(Reply.NOT_IN_DOCS));
        assertThat(defaults.decide(COMMUNITY, intent("account_access", 0.9), Verdict.NOT_IN_DOCS).reason().orElseThrow())
                .contains("account access").endsWith(EscalationPolicy.NOT_FOUND_REASON);
    }

    @Test
    void aTenantOverridesOneIntentAndKeepsTheRest() {
        IntentEscalationPolicy policy = new IntentEscalationPolicy(IntentEscalationPolicy.defaultRules(),
                Map.of(ENTERPRISE.tenant(), Map.of("billing", new IntentRule(Action.ESCALATE, 0.6))));

        assertThat(policy.decide(ENTERPRISE, intent("billing", 0.7), Verdict.ANSWER).action()).isEqualTo(Action.ESCALATE);
        assertThat(policy.decide(COMMUNITY, intent("billing", 0.7), Verdict.ANSWER).action()).isEqualTo(Action.ANSWER_AND_OFFER_HUMAN);
        assertThat(policy.decide(ENTERPRISE, intent("outage", 0.7), Verdict.ANSWER).action()).isEqualTo(Action.ESCALATE);
    }

    @Test
    void aHowToQuestionTheDocsAnswerIsSimplyAnswered() {
        assertThat(defaults.decide(COMMUNITY, intent("how_to", 0.95), Verdict.ANSWER)).isEqualTo(Decision.answer());
    }

    @Test
    void anAnswerTheDocsMayNotGiveComesWithTheOfferOfAPerson() {
        assertThat(defaults.decide(COMMUNITY, intent("how_to", 0.95), Verdict.ANSWER_TENTATIVELY))
                .isEqualTo(Decision.offerHuman(EscalationPolicy.UNSURE_REASON));
        assertThat(defaults.decide(COMMUNITY, intent("outage", 0.9), Verdict.ANSWER_TENTATIVELY).action())
                .isEqualTo(Action.ESCALATE);
    }

    @Test
    void featureRequestTheDocsDoNotSurelySettleGoesToTheTeamInsteadOfBeingAnswered() {
        Decision decision = defaults.decide(COMMUNITY, intent("feature_request", 0.8), Verdict.ANSWER_TENTATIVELY);

        assertThat(decision.reply()).isEqualTo(Reply.REQUEST_NOTED);
        assertThat(decision.action()).isEqualTo(Action.ESCALATE);
        assertThat(defaults.decide(COMMUNITY, intent("bug_report", 0.8), Verdict.NOT_IN_DOCS).reply())
                .isEqualTo(Reply.REQUEST_NOTED);
    }

    @Test
    void requestTheDocsSurelySettleIsAnsweredWithAPersonOnOffer() {
        Decision decision = defaults.decide(COMMUNITY, intent("feature_request", 0.8), Verdict.ANSWER);

        assertThat(decision.reply()).isEqualTo(Reply.ANSWER);
        assertThat(decision.action()).isEqualTo(Action.ANSWER_AND_OFFER_HUMAN);
        assertThat(decision.reason().orElseThrow()).contains("feature request").contains("documentation seems to cover it");
    }

    @Test
    void aRequestBelowTheMinimumConfidenceIsTreatedAsAQuestion() {
        assertThat(defaults.decide(COMMUNITY, intent("feature_request", 0.3), Verdict.ANSWER_TENTATIVELY))
                .isEqualTo(Decision.offerHuman(EscalationPolicy.UNSURE_REASON));
    }

    private static Optional<IntentPrediction> intent(String name, double confidence) {
        return Optional.of(new IntentPrediction(name, confidence));
    }
}
