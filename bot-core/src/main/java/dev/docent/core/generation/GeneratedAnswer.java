package dev.docent.core.generation;

import dev.docent.core.answer.TokenSpend;
import dev.docent.core.answer.Citation;
import dev.docent.core.answer.ReplyTexts;
import dev.docent.core.retrieval.RankedPassage;
import java.util.List;
import java.util.Objects;

/**
 * A verified answer: its text, the sources its [n] markers refer to (numbered from 1 in order of
 * first use; {@code sources.get(n - 1)} is the passage behind citation n), and notes for the
 * asker, e.g. that a sentence could not be matched to its source. An answer without citations is
 * the honest "not in the documentation". {@code degraded}: written by a stand-in generator
 * because the configured one failed. {@code spend}: what the model calls that wrote it cost.
 */
public record GeneratedAnswer(String text, List<Citation> citations, List<RankedPassage> sources, List<String> notes,
                              boolean degraded, TokenSpend spend) {

    public static final String NOT_FOUND_TEXT = ReplyTexts.NOT_FOUND;

    public GeneratedAnswer {
        citations = List.copyOf(citations);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        Objects.requireNonNull(spend, "spend");
        if (citations.size() != sources.size()) {
            throw new IllegalArgumentException("Every citation needs its source passage");
        }
    }

    public static GeneratedAnswer notFound() {
        return new GeneratedAnswer(NOT_FOUND_TEXT, List.of(), List.of(), List.of(), false, TokenSpend.NONE);
    }

    public GeneratedAnswer asDegraded() {
        return new GeneratedAnswer(text, citations, sources, notes, true, spend);
    }

    public GeneratedAnswer withSpend(TokenSpend modelSpend) {
        return new GeneratedAnswer(text, citations, sources, notes, degraded, modelSpend);
    }

    /** Whether the answer rests on the documentation: it cites at least one passage. */
    public boolean grounded() {
        return !citations.isEmpty();
    }
}
