package dev.docent.core.intent;

/**
 * What the model makes of one message: the calibrated probability of every label, the best one,
 * and whether the out-of-scope detector set it aside.
 */
public record IntentScores(float[] probabilities, int best, boolean outOfScope, String label, double confidence) {
}
