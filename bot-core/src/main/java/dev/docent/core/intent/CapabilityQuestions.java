package dev.docent.core.intent;

import static dev.docent.core.intent.IntentPrediction.COMPLAINT;
import static dev.docent.core.intent.IntentPrediction.FEATURE_REQUEST;
import static dev.docent.core.intent.IntentPrediction.OUTAGE;
import static dev.docent.core.intent.IntentPrediction.WANTS_HUMAN;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a one-line question whether the product does something today - "Does Formwell support SAML?",
 * "do you support webhooks?", "Is Python 3.12 supported by pilotfish?", "Is there support for file
 * uploads?", "does formwell work with hubspot" - as a how-to, the intent data's rule 6: the docs may
 * settle it. "Support" means "please add" or "your support team" in most of the intent data, and the
 * bundled model once read 31 of 35 such questions of ours otherwise: 23 as feature requests (handed to
 * the team unless a page surely settles them), 3 as an outage, 1 as a complaint and 1 as a wish for a
 * person (these escalate at once: "Do you support SAML?" was handed to a person), 3 as billing or sign-in.
 * Retrained with such questions it misses one of the 35; this reading covers what a model still misses,
 * the bundled one or a team's own.
 * Billing and sign-in readings stay: their routing, an answer with a person on offer, is what the data
 * set's rules 4 and 5 give such questions ("does the Team plan support SSO?"). A longer message that
 * opens so - an issue asking "Does X support Y?" and describing what it wants - is left to the model.
 * Whether the product is still maintained or developed ("Is this project still maintained?") is the
 * same kind of question, and the model read it as an outage: a person paged for it.
 */
public final class CapabilityQuestions extends HowToReading {

    /** The readings that hand a question over, or escalate it, for what is only a question whether a thing works. */
    private static final Set<String> MISREAD_AS = Set.of(FEATURE_REQUEST, OUTAGE, WANTS_HUMAN, COMPLAINT);

    private static final String SUBJECT = "(?:[\\w.'`@/+#-]+\\s+){1,6}?";
    private static final Pattern ASKS_WHETHER_SUPPORTED = Pattern.compile(
            "^\\s*(?:(?:does|do)\\s+(?!not\\b)" + SUBJECT + "(?:support|work\\s+with|integrate\\s+with)\\s+\\S"
                    + "|(?:is|are)\\s+" + SUBJECT + "(?:supported|maintained|(?:being\\s+|actively\\s+)?developed)\\b"
                    + "|is\\s+there\\s+(?:any\\s+)?support\\s+(?:for|of)\\s)"
                    // One question, nothing after it: "do you even support SSO?? this is a joke" says more.
                    + "[^?!\\n]*\\??\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "does anyone from support speak French?", "does your support team work weekends?" ask about people. */
    private static final Pattern ABOUT_PEOPLE = Pattern.compile(
            "\\b(?:someone|anyone|somebody|anybody|person|people|human|agent|staff|team)\\b", Pattern.CASE_INSENSITIVE);

    public CapabilityQuestions(IntentClassifier classifier) {
        super(classifier, MISREAD_AS);
    }

    @Override
    boolean asks(String text) {
        return ASKS_WHETHER_SUPPORTED.matcher(text).matches() && !ABOUT_PEOPLE.matcher(text).find();
    }
}
