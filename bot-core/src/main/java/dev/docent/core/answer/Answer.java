package dev.docent.core.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Docent replies: the text with its [n] markers, the sources those markers point to, the
 * pages worth reading next (under a refusal: the closest pages), what retrieval found and how sure
 * Docent is that the documentation answers the question, the detected intent if a classifier ran, the escalation decision, notes for the asker (e.g. that a
 * long question was cut), where the time went, in milliseconds, and how it was made (for the overview).
 */
public record Answer(
        String text,
        List<Citation> citations,
        List<PageReference> relatedPages,
        Retrieved retrieved,
        boolean grounded,
        Optional<String> intent,
        Decision decision,
        List<String> notes,
        Map<String, Double> timingsMs,
        AnswerTrace trace) {

    public Answer {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        relatedPages = List.copyOf(relatedPages);
        Objects.requireNonNull(retrieved, "retrieved");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(decision, "decision");
        notes = List.copyOf(notes);
        timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
        Objects.requireNonNull(trace, "trace");
    }

    /** How likely the documentation answers the question, 0-1. */
    public double confidence() {
        return retrieved.confidence();
    }
}
