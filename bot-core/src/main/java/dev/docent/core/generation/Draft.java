package dev.docent.core.generation;

import dev.docent.core.retrieval.RankedPassage;
import java.util.List;
import java.util.Objects;

/**
 * An answer as a generator wrote it, before its citations are checked: {@code [n]} in the text
 * refers to {@code sources.get(n - 1)}. Nothing reaches the asker in this form; the
 * {@link CitationVerifier} turns it into a {@link GeneratedAnswer}. {@code degraded} marks a
 * stand-in for the answer that was wanted (the model failed and the extractive generator wrote it).
 */
public record Draft(String text, List<RankedPassage> sources, boolean degraded) {

    public Draft {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }

    public Draft(String text, List<RankedPassage> sources) {
        this(text, sources, false);
    }

    public Draft asStandIn() {
        return new Draft(text, sources, true);
    }
}
