package dev.docent.core.answer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Docent replies: the text with its [n] markers, the sources those markers point to, the
 * detected intent if a classifier ran, the escalation decision, notes for the asker (e.g. that a
 * long question was cut) and where the time went, in milliseconds.
 */
public record Answer(
        String text,
        List<Citation> citations,
        boolean grounded,
        Optional<String> intent,
        Decision decision,
        List<String> notes,
        Map<String, Double> timingsMs) {

    public Answer {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(decision, "decision");
        notes = List.copyOf(notes);
        timingsMs = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMs));
    }
}
