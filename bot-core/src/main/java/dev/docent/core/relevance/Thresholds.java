package dev.docent.core.relevance;

/**
 * Where a probability that the documentation answers a question becomes a {@link Verdict}: below
 * {@code answerAt}, "not in the documentation"; from {@code sureAt}, a plain answer; in between, an
 * answer with a person on offer.
 */
public record Thresholds(double answerAt, double sureAt) {

    public Thresholds {
        if (!(answerAt >= 0 && answerAt <= sureAt && sureAt <= 1)) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 <= answerAt <= sureAt <= 1, were " + answerAt
                    + " and " + sureAt);
        }
    }

    public Verdict verdict(double probability) {
        return probability >= sureAt ? Verdict.ANSWER : probability >= answerAt ? Verdict.ANSWER_TENTATIVELY : Verdict.NOT_IN_DOCS;
    }
}
