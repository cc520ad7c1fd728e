package dev.docent.core.intent;

import static dev.docent.core.intent.ModelReading.reading;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeaningQuestionsTest {

    private static final float[] EMBEDDING = new float[0];

    @Test
    void aQuestionWhatAnErrorOrANameMeansIsAHowToWithTheModelsConfidence() {
        assertThat(read("bug_report", 0.7, "What does error 422 mean?")).contains(new IntentPrediction("how_to", 0.7));
        for (String question : new String[] {"What is StaleDataError?", "what does ECONNRESET mean",
                "What does ERR_INVALID_ARG_TYPE mean?", "What's `no-unused-vars`?", "What does 'form closed' mean?"}) {
            assertThat(read("bug_report", 0.8, question)).as(question).contains(new IntentPrediction("how_to", 0.8));
        }
        assertThat(read("outage", 0.9, "What does status 503 mean?")).contains(new IntentPrediction("how_to", 0.9));
    }

    @Test
    void aQuestionThatNamesNothingOrSaysMoreStaysAsTheModelReadsIt() {
        for (String message : new String[] {"What is going on with the API?", "what is wrong with the export",
                "What is a memory leak?", "What does error 422 mean?\nIt started after the upgrade and every post fails."}) {
            assertThat(read("bug_report", 0.8, message)).as(message).contains(new IntentPrediction("bug_report", 0.8));
        }
        assertThat(read("billing", 0.9, "What does INV-2024 mean on my invoice?")).contains(new IntentPrediction("billing", 0.9));
        assertThat(new MeaningQuestions(IntentClassifier.NONE).classify("What is StaleDataError?", EMBEDDING)).isEmpty();
    }

    /** What the rule makes of the model's reading of a message. */
    private static Optional<IntentPrediction> read(String modelSays, double confidence, String message) {
        return new MeaningQuestions(reading(modelSays, confidence)).classify(message, EMBEDDING);
    }
}
