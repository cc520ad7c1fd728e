package dev.docent.core.answer;

import java.util.OptionalDouble;

/**
 * What the model calls behind one answer cost: tokens in and out, and the estimated price in US
 * dollars - empty when no price is configured for the model, so an unknown cost is never shown as free.
 */
public record TokenSpend(long inputTokens, long outputTokens, OptionalDouble costUsd) {

    public static final TokenSpend NONE = new TokenSpend(0, 0, OptionalDouble.empty());
}
