package dev.docent.core.escalation;

import dev.docent.core.intent.IntentPrediction;
import dev.docent.core.relevance.Verdict;
import dev.docent.core.retrieval.SearchQuery;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request whose subject line says what no page can settle: a feature request for an option to do
 * something ("Option to disable rule for generic constraints", "add pattern option for args"), or a
 * bug report of a crash, a leak, a deadlock or a false positive. The page about the rule or function
 * it names matches every other word, so such requests were answered from it as if it settled them (at
 * 0.81-0.99); a support team fixes the defect or weighs the option, the docs do not. The verdict is at
 * most tentative, so the request goes to the team with the closest pages listed.
 *
 * <p>A subject line that asks ("option to make a field required?", "why does the export crash?") is a
 * question whether or why, which the docs often answer; issue titles state. An option the request
 * names ("Add an `allowNonIndexedObject` option") is left to {@link UnmentionedRequest}, which reads
 * whether any page mentions it; "options" in the plural ("Add ignore options for every rule") asks
 * for a way to do something, which the docs often have. A report of wrong or incorrect values, of
 * something that hangs or never finishes, or that something no longer works after an upgrade, is not
 * a defect by its words: the docs often say why ("CSV export gives wrong values for date fields" - the
 * export's time zone; "Leading zeros or long numbers are wrong" is a section of the sample's page).
 */
public final class RequestBeyondDocs {

    private static final Pattern ASKS_FOR_AN_OPTION = Pattern.compile(
            "\\b(?:option|flag)\\s+(?:to|for|that)\\b|\\b(?:add|new)\\s+(?:an?\\s+)?(?:option|flag)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTS_A_DEFECT = Pattern.compile(
            "\\bcrash(?:es|ed|ing)?\\b|\\bseg(?:mentation\\s+)?fault|\\bleak(?:s|ed|ing)?\\b|\\bfalse\\s+(?:positive|negative)s?\\b"
                    + "|\\bbuggy\\b|\\bdeadlocks?\\b|\\binfinite\\s+loop",
            Pattern.CASE_INSENSITIVE);
    /** What each kind of request says in its subject line when no page can settle it. */
    private static final Map<String, Pattern> WORDING_BEYOND_DOCS = Map.of(
            IntentPrediction.FEATURE_REQUEST, ASKS_FOR_AN_OPTION,
            IntentPrediction.BUG_REPORT, REPORTS_A_DEFECT);

    private RequestBeyondDocs() {
    }

    /** The verdict, no surer than tentative for a request whose subject line says the docs cannot settle it. */
    public static Verdict verdict(Verdict verdict, Optional<IntentPrediction> intent, String question) {
        return verdict == Verdict.ANSWER && intent.filter(prediction -> beyondDocs(prediction.intent(), question)).isPresent()
                ? Verdict.ANSWER_TENTATIVELY : verdict;
    }

    private static boolean beyondDocs(String intent, String question) {
        Pattern wording = WORDING_BEYOND_DOCS.get(intent);
        if (wording == null) {
            return false;
        }
        String subject = SearchQuery.subjectLine(question);
        return !subject.endsWith("?") && wording.matcher(subject).find();
    }
}
