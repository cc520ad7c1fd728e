package dev.docent.core.relevance;

import dev.docent.core.retrieval.RankedPage;
import java.util.List;

/**
 * A logistic model of "the first page answers the question" over {@link AnswerEvidence}, with the two
 * thresholds that turn its probability into a {@link Verdict}: below {@code answerAt} Docent says the
 * documentation does not cover it; from {@code sureAt} it answers plainly; in between it answers and
 * offers a person. Features are standardised with the training set's means and scales.
 */
public record AnswerabilityModel(double[] means, double[] scales, double[] weights, double bias, double answerAt,
                                 double sureAt) {

    public AnswerabilityModel {
        int n = AnswerEvidence.NAMES.size();
        if (means.length != n || scales.length != n || weights.length != n) {
            throw new IllegalArgumentException("The answerability model needs " + n + " means, scales and weights");
        }
        if (!(answerAt >= 0 && answerAt <= sureAt && sureAt <= 1)) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 <= answerAt <= sureAt <= 1, were " + answerAt
                    + " and " + sureAt);
        }
        means = means.clone();
        scales = scales.clone();
        weights = weights.clone();
    }

    public Answerability assess(List<RankedPage> pages) {
        return AnswerEvidence.of(pages).map(this::assess).orElseGet(Answerability::nothingFound);
    }

    public Answerability assess(AnswerEvidence evidence) {
        double p = probability(evidence);
        Verdict verdict = p >= sureAt ? Verdict.ANSWER : p >= answerAt ? Verdict.ANSWER_TENTATIVELY : Verdict.NOT_IN_DOCS;
        return new Answerability(p, verdict);
    }

    public double probability(AnswerEvidence evidence) {
        double[] x = evidence.vector();
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * (x[i] - means[i]) / scales[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public AnswerabilityModel withThresholds(double newAnswerAt, double newSureAt) {
        return new AnswerabilityModel(means, scales, weights, bias, newAnswerAt, newSureAt);
    }
}
