package dev.docent.core.feedback;

/** What a reader thought of an answer. */
public enum Vote {
    HELPFUL,
    NOT_HELPFUL
}
