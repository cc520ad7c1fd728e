package dev.docent.lab.evaluation.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void learnsWhichFeatureTellsTheClassesApartAndIgnoresNoise() {
        double[][] x = new double[200][];
        double[] y = new double[200];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < x.length; i++) {
            double signal = random.nextGaussian();
            x[i] = new double[] {signal, random.nextGaussian()};
            y[i] = signal + 0.3 * random.nextGaussian() > 0.5 ? 1 : 0;
        }

        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 1.0, true);

        assertThat(fit.weights()[0]).isGreaterThan(2);
        assertThat(Math.abs(fit.weights()[1])).isLessThan(0.5);
        assertThat(fit.intercept()).as("the positives are the rarer class").isNegative();
    }

    @Test
    void aStrongerPenaltyShrinksTheWeights() {
        double[][] x = {{1}, {2}, {-1}, {-2}, {0.5}, {-0.5}};
        double[] y = {1, 1, 0, 0, 0, 1};

        double weak = LogisticRegression.fit(x, y, 0.1, false).weights()[0];
        double strong = LogisticRegression.fit(x, y, 10, false).weights()[0];

        assertThat(strong).isPositive().isLessThan(weak);
    }
}
