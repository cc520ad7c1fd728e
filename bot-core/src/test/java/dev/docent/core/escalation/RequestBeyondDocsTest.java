package dev.docent.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.relevance.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestBeyondDocsTest {

    private static final Optional<IntentPrediction> FEATURE_REQUEST = Optional.of(new IntentPrediction("feature_request", 0.9));
    private static final Optional<IntentPrediction> BUG_REPORT = Optional.of(new IntentPrediction("bug_report", 0.9));
    private static final Optional<IntentPrediction> HOW_TO = Optional.of(new IntentPrediction("how_to", 0.9));

    @Test
    void aFeatureRequestForAnOptionToDoSomethingIsNotSurelySettled() {
        assertThat(List.of(
                "Enhancement: [no-explicit-any] Option to disable rule for generic constraints\nI'd like ...",
                "[explicit-module-boundary-types] add pattern option for args",
                "Add a new flag that skips the cache"))
                .allMatch(request -> handedOver(FEATURE_REQUEST, request));
    }

    @Test
    void aBugReportOfACrashALeakOrAFalsePositiveIsNotSurelySettled() {
        assertThat(List.of(
                "[BUG] http.Agent leaks sockets when keepAlive is true",
                "runserver crashes with UnicodeDecodeError on Windows",
                "Bug: [strict-boolean-expressions] false positive for string | object | undefined\n```ts\ntype Foo = string;\n```",
                "parser.addoption has a buggy relative path implementation",
                "msgfmt segfaults on a PO file with a 2 GB comment"))
                .allMatch(report -> handedOver(BUG_REPORT, report));
    }

    /** Only the subject line says what the request is: a description often mentions crashes it is not about. */
    @Test
    void onlyTheSubjectLineCounts() {
        assertThat(handedOver(BUG_REPORT, "Prepare script not running\nIt does not crash, it simply never runs.")).isFalse();
    }

    @Test
    void namedOptionsWaysToDoSomethingAndSymptomsTheDocsExplainAreLeftToThem() {
        assertThat(List.of("max-len ignoreImports option", "Add ignore options for every rules"))
                .noneMatch(request -> handedOver(FEATURE_REQUEST, request));
        assertThat(List.of(
                "session scoped fixtures get executed multiple times. I suspect I am using pytest wrong",
                "Session no longer being marked as modified",
                "CSV export gives wrong values for date fields",
                "Large export hangs and never finishes"))
                .noneMatch(report -> handedOver(BUG_REPORT, report));
    }

    /** A chat user asks whether there is an option; the model still reads many such questions as requests. */
    @Test
    void aSubjectLineThatAsksIsLeftToTheDocs() {
        assertThat(handedOver(FEATURE_REQUEST, "option to make a field required?")).isFalse();
        assertThat(handedOver(BUG_REPORT, "Why does the CSV export crash for large forms?")).isFalse();
    }

    @Test
    void theWordingMattersOnlyForTheRequestKindItDescribes() {
        assertThat(handedOver(HOW_TO, "Is there an option to disable the rule for a file")).isFalse();
        assertThat(handedOver(BUG_REPORT, "Option to disable rule for generic constraints")).isFalse();
        assertThat(handedOver(FEATURE_REQUEST, "runserver crashes on Windows")).isFalse();
        assertThat(handedOver(Optional.empty(), "Option to disable rule for generic constraints")).isFalse();
    }

    @Test
    void aVerdictAlreadyShortOfSureIsKept() {
        assertThat(RequestBeyondDocs.verdict(Verdict.NOT_IN_DOCS, BUG_REPORT, "runserver crashes on Windows")).isEqualTo(Verdict.NOT_IN_DOCS);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER_TENTATIVELY, FEATURE_REQUEST, "Option to skip the cache"))
                .isEqualTo(Verdict.ANSWER_TENTATIVELY);
    }

    /** Whether a request the docs seemed to settle is handed to the team instead. */
    private static boolean handedOver(Optional<IntentPrediction> intent, String question) {
        Verdict verdict = RequestBeyondDocs.verdict(Verdict.ANSWER, intent, question);
        assertThat(verdict).isIn(Verdict.ANSWER, Verdict.ANSWER_TENTATIVELY);
        return verdict == Verdict.ANSWER_TENTATIVELY;
    }
}
