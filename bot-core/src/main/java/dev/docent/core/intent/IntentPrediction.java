package dev.docent.core.intent;

/** What a message is about ("billing", "outage", ...) and how sure the classifier is, from 0 to 1. */
public record IntentPrediction(String intent, double confidence) {
}
