package dev.docent.core.relevance;

import dev.docent.core.retrieval.RankedPage;
import dev.docent.core.retrieval.SearchQuery;
import java.util.List;

/**
 * A logistic model of "a right page is among the first two" over {@link AnswerEvidence}, features
 * standardised with the training set's means and scales, and the {@link Thresholds} that turn its
 * probability into a {@link Verdict} - one pair for short chat questions, one for issue-shaped
 * messages (a subject line, or a long text: {@link SearchQuery#subject}). The two are met in
 * different places and miss in different ways: a long report with pasted code sits close to many
 * pages, a short question close to few.
 */
public record AnswerabilityModel(double[] means, double[] scales, double[] weights, double bias, Thresholds shortQuestions,
                                 Thresholds issueShaped) {

    public AnswerabilityModel {
        int n = AnswerEvidence.NAMES.size();
        if (means.length != n || scales.length != n || weights.length != n) {
            throw new IllegalArgumentException("The answerability model needs " + n + " means, scales and weights");
        }
        means = means.clone();
        scales = scales.clone();
        weights = weights.clone();
    }

    public Answerability assess(SearchQuery query, List<RankedPage> pages) {
        Thresholds thresholds = query.subject().isPresent() ? issueShaped : shortQuestions;
        return AnswerEvidence.of(query, pages)
                .map(evidence -> {
                    double p = probability(evidence);
                    return new Answerability(p, thresholds.verdict(p));
                })
                .orElseGet(Answerability::nothingFound);
    }

    public double probability(AnswerEvidence evidence) {
        double[] x = evidence.vector();
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * (x[i] - means[i]) / scales[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public AnswerabilityModel withThresholds(Thresholds newShortQuestions, Thresholds newIssueShaped) {
        return new AnswerabilityModel(means, scales, weights, bias, newShortQuestions, newIssueShaped);
    }
}
