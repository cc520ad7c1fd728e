package dev.docent.core.intent;

import static dev.docent.core.intent.IntentPrediction.BUG_REPORT;
import static dev.docent.core.intent.IntentPrediction.FEATURE_REQUEST;
import static dev.docent.core.intent.IntentPrediction.HOW_TO;

import dev.docent.core.retrieval.SearchQuery;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what kind of message an issue says it is, where the model's reading says otherwise. The
 * bundled model learned requests from a forms product's support messages; developer tools' issue
 * titles describe the wanted behaviour in their own words, and their descriptions read like how-tos,
 * so the model calls many requests how_to while their imperative opening ("Support multiple parsers
 * for different rules", "Add annotation to ignore exports") or their tag ("Enhancement:",
 * "[Feature]") says otherwise; and it reads a question that pastes an error as a bug report, while
 * its tag ("[Question]") or its title ("How to disable request logging", "Slice with .loc includes
 * stop index. Not consistent with Python standards?") says the asker wants an answer. The model's
 * confidence is kept: the wording only says which kind the message is, not how sure the model was of
 * what it asks. The intent data agrees: all 83 of its tagged requests are
 * labelled feature requests, its tagged questions how-tos.
 */
public final class IssueWording implements IntentClassifier {

    /** The intents a model must know for the wording to mean anything to it. */
    public static final Set<String> INTENTS = Set.of(HOW_TO, FEATURE_REQUEST);

    private final IntentClassifier classifier;

    public IssueWording(IntentClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Optional<IntentPrediction> classify(String text, float[] embedding) {
        return classifier.classify(text, embedding).map(prediction -> {
            String kind = kind(prediction.intent(), text);
            return kind.equals(prediction.intent()) ? prediction : new IntentPrediction(kind, prediction.confidence());
        });
    }

    /**
     * A request filed under a question's tag, or titled by how to do something or by a question, is a
     * how-to; a how-to or a bug report under a request's tag, or a how-to titled in the imperative, is a
     * feature request.
     * A bug's own tag changes nothing: the model's bug reports and how-tos under it are both common and
     * both right.
     */
    private static String kind(String intent, String text) {
        boolean request = intent.equals(FEATURE_REQUEST) || intent.equals(BUG_REPORT);
        if (request && (SearchQuery.taggedAsQuestion(text) || SearchQuery.titledAsHowTo(text)
                || SearchQuery.titledAsQuestion(text))) {
            return HOW_TO;
        }
        if ((intent.equals(HOW_TO) || intent.equals(BUG_REPORT)) && SearchQuery.taggedAsRequest(text)) {
            return FEATURE_REQUEST;
        }
        return intent.equals(HOW_TO) && SearchQuery.asksForChange(text) ? FEATURE_REQUEST : intent;
    }
}
