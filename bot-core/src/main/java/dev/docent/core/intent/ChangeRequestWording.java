package dev.docent.core.intent;

import dev.docent.core.retrieval.SearchQuery;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a how-to whose first line asks for a change ("Support multiple parsers for different rules",
 * "Add annotation to ignore exports") as the feature request it is. The bundled model learned
 * requests from a forms product's support messages; developer tools' issue titles describe the
 * wanted behaviour in their own words, and their descriptions read like how-tos, so the model calls
 * many of them how_to while their imperative opening says otherwise - or their tag does
 * ("Enhancement:", "[Feature]"), which files a message as a request even where the model read a bug
 * report. The model's confidence is kept:
 * the wording only says which of the two the message is, not how sure the model was that it asks
 * for something the product should do.
 */
public final class ChangeRequestWording implements IntentClassifier {

    private static final String HOW_TO = "how_to";
    private static final String FEATURE_REQUEST = "feature_request";
    private static final String BUG_REPORT = "bug_report";
    /** The intents a model must know for the wording to mean anything to it. */
    public static final Set<String> INTENTS = Set.of(HOW_TO, FEATURE_REQUEST);

    private final IntentClassifier classifier;

    public ChangeRequestWording(IntentClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Optional<IntentPrediction> classify(String text, float[] embedding) {
        return classifier.classify(text, embedding).map(prediction -> asksForChange(prediction.intent(), text)
                ? new IntentPrediction(FEATURE_REQUEST, prediction.confidence())
                : prediction);
    }

    /**
     * A how-to whose title is an imperative; a how-to or a bug report filed under a request's tag
     * ("Enhancement: [strict-boolean-expressions] allowNullableTrue" read as a bug report).
     */
    private static boolean asksForChange(String intent, String text) {
        return switch (intent) {
            case HOW_TO -> SearchQuery.taggedAsRequest(text) || SearchQuery.asksForChange(text);
            case BUG_REPORT -> SearchQuery.taggedAsRequest(text);
            default -> false;
        };
    }
}
