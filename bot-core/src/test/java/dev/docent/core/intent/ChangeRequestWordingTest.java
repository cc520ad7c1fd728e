package dev.docent.core.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeRequestWordingTest {

    private static final float[] EMBEDDING = new float[0];

    @Test
    void aHowToWhoseTitleAsksForAChangeIsAFeatureRequestWithTheModelsConfidence() {
        IntentClassifier wording = new ChangeRequestWording(reading("how_to", 0.66));

        assertThat(wording.classify("Support multiple parsers for different rules\nHow can I lint HTML with two plugins?", EMBEDDING))
                .contains(new IntentPrediction("feature_request", 0.66));
    }

    @Test
    void aHowToAskedAsAQuestionStaysAHowTo() {
        IntentClassifier wording = new ChangeRequestWording(reading("how_to", 0.66));

        assertThat(wording.classify("Add a logo to my form?", EMBEDDING)).contains(new IntentPrediction("how_to", 0.66));
        assertThat(wording.classify("How do I add a logo to my form", EMBEDDING)).contains(new IntentPrediction("how_to", 0.66));
    }

    @Test
    void otherReadingsAreLeftAsTheModelMadeThem() {
        assertThat(new ChangeRequestWording(reading("billing", 0.9)).classify("Add a second card to our account", EMBEDDING))
                .contains(new IntentPrediction("billing", 0.9));
        assertThat(new ChangeRequestWording(IntentClassifier.NONE).classify("Add dark mode", EMBEDDING)).isEmpty();
    }

    private static IntentClassifier reading(String intent, double confidence) {
        return (text, embedding) -> Optional.of(new IntentPrediction(intent, confidence));
    }
}
