package dev.docent.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapabilityQuestionsTest {

    private static final float[] EMBEDDING = new float[0];

    @Test
    void aQuestionWhetherTheProductSupportsSomethingIsAHowToWithTheModelsConfidence() {
        assertThat(new CapabilityQuestions(reading("wants_human", 0.7)).classify("Do you support SAML?", EMBEDDING))
                .contains(new IntentPrediction("how_to", 0.7));
        assertThat(new CapabilityQuestions(reading("outage", 0.64)).classify("does formwell work with hubspot", EMBEDDING))
                .contains(new IntentPrediction("how_to", 0.64));
        for (String question : new String[] {"Does snag support TypeScript 5.5?", "is Zapier supported?",
                "Is Python 3.12 supported by pilotfish?", "Is there support for file uploads in forms?",
                "Does the `strata` CLI integrate with 1Password?"}) {
            assertThat(new CapabilityQuestions(reading("feature_request", 0.8)).classify(question, EMBEDDING))
                    .as(question).contains(new IntentPrediction("how_to", 0.8));
        }
    }

    @Test
    void aQuestionWhetherTheProductIsStillMaintainedIsAHowToNotAnOutage() {
        for (String question : new String[] {"Is Django still maintained?", "Is this project still maintained?",
                "Is Formwell still being developed?", "is pilotfish actively developed"}) {
            assertThat(new CapabilityQuestions(reading("outage", 0.9)).classify(question, EMBEDDING))
                    .as(question).contains(new IntentPrediction("how_to", 0.9));
        }
        assertThat(new CapabilityQuestions(reading("outage", 0.9)).classify("Is Formwell still down?", EMBEDDING))
                .contains(new IntentPrediction("outage", 0.9));
    }

    @Test
    void aRequestOrAMessageAboutPeopleIsNotAQuestionWhetherSomethingWorks() {
        for (String message : new String[] {"please add support for SAML", "Support for `.cjs` config files",
                "Does not support SAML", "do you have phone support?", "does anyone from support speak French?",
                "do you even support SSO?? this is a joke", "Does snag support Vue?\nWe need it for our monorepo, please add it."}) {
            assertThat(new CapabilityQuestions(reading("feature_request", 0.8)).classify(message, EMBEDDING))
                    .as(message).contains(new IntentPrediction("feature_request", 0.8));
        }
    }

    /** "does the Team plan support SSO?" is billing by the data set's rule 5: answered with a person on offer. */
    @Test
    void billingAndSignInReadingsStay() {
        assertThat(new CapabilityQuestions(reading("billing", 0.9)).classify("does the Team plan support SSO?", EMBEDDING))
                .contains(new IntentPrediction("billing", 0.9));
        assertThat(new CapabilityQuestions(reading("account_access", 0.6)).classify("Is 2FA via SMS supported?", EMBEDDING))
                .contains(new IntentPrediction("account_access", 0.6));
        assertThat(new CapabilityQuestions(IntentClassifier.NONE).classify("Do you support SAML?", EMBEDDING)).isEmpty();
    }

    private static IntentClassifier reading(String intent, double confidence) {
        return (text, embedding) -> Optional.of(new IntentPrediction(intent, confidence));
    }
}
