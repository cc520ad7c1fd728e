package dev.docent.core.intent;

import static dev.docent.core.intent.ModelReading.reading;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssueWordingTest {

    private static final float[] EMBEDDING = new float[0];

    @Test
    void aHowToWhoseTitleAsksForAChangeIsAFeatureRequestWithTheModelsConfidence() {
        IntentClassifier wording = new IssueWording(reading("how_to", 0.66));

        assertThat(wording.classify("Support multiple parsers for different rules\nHow can I lint HTML with two plugins?", EMBEDDING))
                .contains(new IntentPrediction("feature_request", 0.66));
    }

    @Test
    void aHowToAskedAsAQuestionStaysAHowTo() {
        IntentClassifier wording = new IssueWording(reading("how_to", 0.66));

        assertThat(wording.classify("Add a logo to my form?", EMBEDDING)).contains(new IntentPrediction("how_to", 0.66));
        assertThat(wording.classify("How do I add a logo to my form", EMBEDDING)).contains(new IntentPrediction("how_to", 0.66));
    }

    @Test
    void aHowToOrABugReportFiledUnderARequestsTagIsAFeatureRequest() {
        assertThat(new IssueWording(reading("bug_report", 0.7))
                .classify("Enhancement: [strict-boolean-expressions] allowNullableTrue\nSince 4.0 the rule reports it.", EMBEDDING))
                .contains(new IntentPrediction("feature_request", 0.7));
        assertThat(new IssueWording(reading("how_to", 0.6))
                .classify("[Feature] npm workspaces --parallel\nHow can scripts run at once?", EMBEDDING))
                .contains(new IntentPrediction("feature_request", 0.6));
    }

    /** Only a tag says so: a bug report's title in the imperative ("Allow ... by an option") may report a fault. */
    @Test
    void aBugReportUnderABugTagOrTitledInTheImperativeStaysABugReport() {
        IntentClassifier wording = new IssueWording(reading("bug_report", 0.7));

        assertThat(wording.classify("[BUG] workspace scripts should run in order\nThey do not.", EMBEDDING))
                .contains(new IntentPrediction("bug_report", 0.7));
        assertThat(wording.classify("Allow ignoring non existent files by an option\n`eslint missing.js` fails", EMBEDDING))
                .contains(new IntentPrediction("bug_report", 0.7));
    }

    @Test
    void aBugReportOrARequestFiledUnderAQuestionsTagIsAHowTo() {
        assertThat(new IssueWording(reading("bug_report", 0.8))
                .classify("[Question] Error: browserType.launch: Executable doesn't exist\nWhat am I missing?", EMBEDDING))
                .contains(new IntentPrediction("how_to", 0.8));
        assertThat(new IssueWording(reading("feature_request", 0.6))
                .classify("Question: can the pool be shared across worker threads?", EMBEDDING))
                .contains(new IntentPrediction("how_to", 0.6));
    }

    @Test
    void aRequestTitledByHowToDoSomethingIsAHowTo() {
        assertThat(new IssueWording(reading("feature_request", 0.7))
                .classify("How to disable the default \"incoming request\" logging.\n## Questions and Help Please note that this"
                        + " issue tracker is not a help forum.", EMBEDDING))
                .contains(new IntentPrediction("how_to", 0.7));
        assertThat(new IssueWording(reading("bug_report", 0.7)).classify("[BUG] how do I stop the crash on start?", EMBEDDING))
                .contains(new IntentPrediction("how_to", 0.7));
        assertThat(new IssueWording(reading("feature_request", 0.7)).classify("Allow showing how to fix each problem", EMBEDDING))
                .contains(new IntentPrediction("feature_request", 0.7));
    }

    @Test
    void aReportWhoseTitleAsksAboveItsDescriptionIsAHowTo() {
        assertThat(new IssueWording(reading("bug_report", 0.7)).classify("Slice with .loc includes stop index. Not consistent with"
                + " Python standards?\n#### Code Sample\n```python\ndf.loc[0:1]\n```", EMBEDDING))
                .contains(new IntentPrediction("how_to", 0.7));
        assertThat(new IssueWording(reading("bug_report", 0.7)).classify("Is the export broken? It fails on every form.", EMBEDDING))
                .contains(new IntentPrediction("bug_report", 0.7));
        assertThat(new IssueWording(reading("bug_report", 0.7)).classify("Is the export broken?\n", EMBEDDING))
                .contains(new IntentPrediction("bug_report", 0.7));
        assertThat(new IssueWording(reading("bug_report", 0.7)).classify("Export crashes on big forms\nIs this known?", EMBEDDING))
                .contains(new IntentPrediction("bug_report", 0.7));
    }

    @Test
    void otherReadingsAreLeftAsTheModelMadeThem() {
        assertThat(new IssueWording(reading("billing", 0.9)).classify("Add a second card to our account", EMBEDDING))
                .contains(new IntentPrediction("billing", 0.9));
        assertThat(new IssueWording(reading("wants_human", 0.9)).classify("[Question] can I talk to a person?", EMBEDDING))
                .contains(new IntentPrediction("wants_human", 0.9));
        assertThat(new IssueWording(IntentClassifier.NONE).classify("Add dark mode", EMBEDDING)).isEmpty();
    }
}
