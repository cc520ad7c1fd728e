package dev.docent.core.intent;

import static dev.docent.core.intent.IntentPrediction.BUG_REPORT;
import static dev.docent.core.intent.IntentPrediction.COMPLAINT;
import static dev.docent.core.intent.IntentPrediction.FEATURE_REQUEST;
import static dev.docent.core.intent.IntentPrediction.OUTAGE;
import static dev.docent.core.intent.IntentPrediction.WANTS_HUMAN;

import dev.docent.core.index.Identifiers;
import dev.docent.core.retrieval.SearchQuery;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a one-line question what an error, a code or a name means or is - "What does error 422
 * mean?", "What is StaleDataError?", "what does ECONNRESET mean" - as a how-to: a reference of errors
 * or of the API settles it. The bundled model reads the error's name as a report of it: "What does
 * error 422 mean?" was handed to the team as a bug report, unanswered, and "What is StaleDataError?"
 * was answered with the note that it reads as one. A question what is wrong or going on names nothing
 * ("what is going on with the API?") and stays as the model reads it.
 */
public final class MeaningQuestions extends HowToReading {

    /** The readings that hand a question over, or escalate it, for what is only a question what a thing means. */
    private static final Set<String> MISREAD_AS = Set.of(BUG_REPORT, FEATURE_REQUEST, OUTAGE, WANTS_HUMAN, COMPLAINT);
    private static final Pattern ASKS_WHAT_IT_MEANS = Pattern.compile("\\b(?:mean|stand\\s+for)\\s*\\??\\s*$", Pattern.CASE_INSENSITIVE);
    /** An error's code: "422", "E1234", "ECONNRESET", "ERR_INVALID_ARG_TYPE". */
    private static final Pattern CODE = Pattern.compile("\\b(?:\\p{Lu}{0,8}\\d{3,}\\w*|\\p{Lu}[\\p{Lu}\\d_]{3,})\\b");

    public MeaningQuestions(IntentClassifier classifier) {
        super(classifier, MISREAD_AS);
    }

    @Override
    boolean asks(String text) {
        String question = text.strip();
        return SearchQuery.asksWhatItIs(question) && (ASKS_WHAT_IT_MEANS.matcher(question).find()
                || CODE.matcher(question).find() || !Identifiers.names(question).isEmpty());
    }
}
