package dev.docent.core.relevance;

/** Whether the documentation answers a question: surely, probably (answer, and offer a person), or not. */
public enum Verdict {
    ANSWER,
    ANSWER_TENTATIVELY,
    NOT_IN_DOCS
}
