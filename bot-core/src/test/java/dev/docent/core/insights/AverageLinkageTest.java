package dev.docent.core.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

    private static final float S = (float) Math.sqrt(0.5);

    @Test
    void mergesWhileTheMeanPairwiseSimilarityReachesTheThreshold() {
        // x, a vector 45 degrees from x, y: cos(x, xy) = cos(xy, y) = 0.71, cos(x, y) = 0.
        List<float[]> vectors = List.of(new float[] {1, 0}, new float[] {S, S}, new float[] {0, 1});

        int[] loose = new AverageLinkage(0.3).merge(vectors, List.of(1, 1, 1));
        int[] strict = new AverageLinkage(0.5).merge(vectors, List.of(1, 1, 1));

        assertThat(loose[0]).as("x and xy first (0.71), then y joins at the mean (0.71 + 0) / 2 = 0.35")
                .isEqualTo(loose[1]).isEqualTo(loose[2]);
        assertThat(strict[0]).isEqualTo(strict[1]);
        assertThat(strict[2]).as("0.35 is below 0.5: y stays apart").isNotEqualTo(strict[0]);
    }

    @Test
    void aSumOfManyVectorsIsComparedAsTheirMean() {
        // Three copies of x, given as one sum of size 3, are as similar to xy as x is (0.71), not three times as similar.
        List<float[]> sums = List.of(new float[] {3, 0}, new float[] {S, S});

        assertThat(new AverageLinkage(0.7).merge(sums, List.of(3, 1))).containsExactly(0, 0);
        assertThat(new AverageLinkage(0.75).merge(sums, List.of(3, 1))).containsExactly(0, 1);
    }
}
