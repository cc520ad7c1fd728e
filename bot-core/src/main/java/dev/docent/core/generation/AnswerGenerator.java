package dev.docent.core.generation;

import dev.docent.core.retrieval.RankedPassage;
import java.util.List;

/**
 * Writes an answer to a question from passages already judged relevant, best first. Every claim
 * carries the [n] of the passage it comes from; an implementation never adds what the passages
 * do not say. What it writes is a {@link Draft}: the {@link CitationVerifier} checks it before
 * anyone reads it.
 */
public interface AnswerGenerator {

    Draft draft(String question, List<RankedPassage> relevantPassages);
}
