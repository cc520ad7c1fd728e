package dev.docent.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.relevance.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestBeyondDocsTest {

    private static final Optional<IntentPrediction> FEATURE_REQUEST = Optional.of(new IntentPrediction("feature_request", 0.9));
    private static final Optional<IntentPrediction> BUG_REPORT = Optional.of(new IntentPrediction("bug_report", 0.9));
    private static final Optional<IntentPrediction> HOW_TO = Optional.of(new IntentPrediction("how_to", 0.9));

    @Test
    void aFeatureRequestForAnOptionToDoSomethingIsNotSurelySettled() {
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, FEATURE_REQUEST,
                "Enhancement: [no-explicit-any] Option to disable rule for generic constraints\nI'd like ..."))
                .isEqualTo(Verdict.ANSWER_TENTATIVELY);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, FEATURE_REQUEST, "[explicit-module-boundary-types] add pattern option for args"))
                .isEqualTo(Verdict.ANSWER_TENTATIVELY);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, FEATURE_REQUEST, "Add a new flag that skips the cache"))
                .isEqualTo(Verdict.ANSWER_TENTATIVELY);
    }

    @Test
    void aBugReportOfACrashALeakOrAFalsePositiveIsNotSurelySettled() {
        for (String report : new String[] {
                "[BUG] http.Agent leaks sockets when keepAlive is true",
                "runserver crashes with UnicodeDecodeError on Windows",
                "Bug: [strict-boolean-expressions] false positive for string | object | undefined\n```ts\ntype Foo = string;\n```",
                "parser.addoption has a buggy relative path implementation",
                "msgfmt segfaults on a PO file with a 2 GB comment"}) {
            assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, BUG_REPORT, report)).as(report).isEqualTo(Verdict.ANSWER_TENTATIVELY);
        }
    }

    /** Only the subject line says what the request is: a description often mentions crashes it is not about. */
    @Test
    void onlyTheSubjectLineCounts() {
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, BUG_REPORT,
                "Prepare script not running\nIt does not crash, it simply never runs."))
                .isEqualTo(Verdict.ANSWER);
    }

    @Test
    void namedOptionsWaysToDoSomethingAndSymptomsTheDocsExplainAreLeftToThem() {
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, FEATURE_REQUEST, "max-len ignoreImports option")).isEqualTo(Verdict.ANSWER);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, FEATURE_REQUEST, "Add ignore options for every rules")).isEqualTo(Verdict.ANSWER);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, BUG_REPORT,
                "session scoped fixtures get executed multiple times. I suspect I am using pytest wrong"))
                .isEqualTo(Verdict.ANSWER);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, BUG_REPORT, "Session no longer being marked as modified"))
                .isEqualTo(Verdict.ANSWER);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, BUG_REPORT, "CSV export gives wrong values for date fields"))
                .isEqualTo(Verdict.ANSWER);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, BUG_REPORT, "Large export hangs and never finishes"))
                .isEqualTo(Verdict.ANSWER);
    }

    /** A chat user asks whether there is an option; the model still reads many such questions as requests. */
    @Test
    void aSubjectLineThatAsksIsLeftToTheDocs() {
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, FEATURE_REQUEST, "option to make a field required?")).isEqualTo(Verdict.ANSWER);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, BUG_REPORT, "Why does the CSV export crash for large forms?"))
                .isEqualTo(Verdict.ANSWER);
    }

    @Test
    void theWordingMattersOnlyForTheRequestKindItDescribes() {
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, HOW_TO, "Is there an option to disable the rule for a file?"))
                .isEqualTo(Verdict.ANSWER);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, BUG_REPORT, "Option to disable rule for generic constraints"))
                .isEqualTo(Verdict.ANSWER);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, FEATURE_REQUEST, "runserver crashes on Windows"))
                .isEqualTo(Verdict.ANSWER);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER, Optional.empty(), "Option to disable rule for generic constraints"))
                .isEqualTo(Verdict.ANSWER);
    }

    @Test
    void aVerdictAlreadyShortOfSureIsKept() {
        assertThat(RequestBeyondDocs.verdict(Verdict.NOT_IN_DOCS, BUG_REPORT, "runserver crashes on Windows")).isEqualTo(Verdict.NOT_IN_DOCS);
        assertThat(RequestBeyondDocs.verdict(Verdict.ANSWER_TENTATIVELY, FEATURE_REQUEST, "Option to skip the cache"))
                .isEqualTo(Verdict.ANSWER_TENTATIVELY);
    }
}
