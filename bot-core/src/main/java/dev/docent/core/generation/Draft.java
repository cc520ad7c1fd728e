package dev.docent.core.generation;

import dev.docent.core.answer.TokenSpend;
import dev.docent.core.retrieval.RankedPassage;
import java.util.List;
import java.util.Objects;

/**
 * An answer as a generator wrote it, before its citations are checked: {@code [n]} in the text
 * refers to {@code sources.get(n - 1)}. Nothing reaches the asker in this form; the
 * {@link CitationVerifier} turns it into a {@link GeneratedAnswer}. {@code degraded} marks a
 * stand-in for the answer that was wanted (the model failed and the extractive generator wrote it);
 * {@code spend} is what writing it cost in model tokens.
 */
public record Draft(String text, List<RankedPassage> sources, boolean degraded, TokenSpend spend) {

    public Draft {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        Objects.requireNonNull(spend, "spend");
    }

    /** A draft written without a model. */
    public Draft(String text, List<RankedPassage> sources) {
        this(text, sources, false, TokenSpend.NONE);
    }

    public Draft asStandIn() {
        return new Draft(text, sources, true, spend);
    }
}
