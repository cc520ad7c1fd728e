package dev.docent.core.intent;

import static dev.docent.core.intent.ModelReading.reading;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapabilityQuestionsTest {

    private static final float[] EMBEDDING = new float[0];

    @Test
    void aQuestionWhetherTheProductSupportsSomethingIsAHowToWithTheModelsConfidence() {
        assertThat(read("wants_human", 0.7, "Do you support SAML?")).contains(new IntentPrediction("how_to", 0.7));
        assertThat(read("outage", 0.64, "does formwell work with hubspot")).contains(new IntentPrediction("how_to", 0.64));
        for (String question : new String[] {"Does snag support TypeScript 5.5?", "is Zapier supported?",
                "Is Python 3.12 supported by pilotfish?", "Is there support for file uploads in forms?",
                "Does the `strata` CLI integrate with 1Password?"}) {
            assertThat(read("feature_request", 0.8, question)).as(question).contains(new IntentPrediction("how_to", 0.8));
        }
    }

    @Test
    void aQuestionWhetherTheProductIsStillMaintainedIsAHowToNotAnOutage() {
        for (String question : new String[] {"Is Django still maintained?", "Is this project still maintained?",
                "Is Formwell still being developed?", "is pilotfish actively developed"}) {
            assertThat(read("outage", 0.9, question)).as(question).contains(new IntentPrediction("how_to", 0.9));
        }
        assertThat(read("outage", 0.9, "Is Formwell still down?")).contains(new IntentPrediction("outage", 0.9));
    }

    @Test
    void aRequestOrAMessageAboutPeopleIsNotAQuestionWhetherSomethingWorks() {
        for (String message : new String[] {"please add support for SAML", "Support for `.cjs` config files",
                "Does not support SAML", "do you have phone support?", "does anyone from support speak French?",
                "do you even support SSO?? this is a joke", "Does snag support Vue?\nWe need it for our monorepo, please add it."}) {
            assertThat(read("feature_request", 0.8, message)).as(message).contains(new IntentPrediction("feature_request", 0.8));
        }
    }

    /** "does the Team plan support SSO?" is billing by the data set's rule 5: answered with a person on offer. */
    @Test
    void billingAndSignInReadingsStay() {
        assertThat(read("billing", 0.9, "does the Team plan support SSO?")).contains(new IntentPrediction("billing", 0.9));
        assertThat(read("account_access", 0.6, "Is 2FA via SMS supported?")).contains(new IntentPrediction("account_access", 0.6));
        assertThat(new CapabilityQuestions(IntentClassifier.NONE).classify("Do you support SAML?", EMBEDDING)).isEmpty();
    }

    /** What the rule makes of the model's reading of a message. */
    private static Optional<IntentPrediction> read(String modelSays, double confidence, String message) {
        return new CapabilityQuestions(reading(modelSays, confidence)).classify(message, EMBEDDING);
    }
}
