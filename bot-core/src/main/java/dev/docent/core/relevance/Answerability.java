package dev.docent.core.relevance;

/** How likely the first page answers the question (0-1, calibrated on labelled questions), and what follows. */
public record Answerability(double probability, Verdict verdict) {

    public static Answerability nothingFound() {
        return new Answerability(0, Verdict.NOT_IN_DOCS);
    }
}
